import { breakGlassSchema, type BreakGlass } from "@hearth/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useLocation, useNavigate, useParams } from "react-router";
import { usePageTitle } from "../../app/service";
import { Button } from "../../components/button";
import { BackLink } from "../../components/content";
import { ErrorSummary } from "../../components/error-summary";
import { Textarea } from "../../components/form/textarea";
import { useSchemaForm } from "../../forms/use-schema-form";
import { useTRPC } from "../../trpc/trpc";
import { peoplePaths } from "./paths";

interface BreakGlassValues {
  reason: string;
}

/** What a search result passes to the page in the router's state (never the address): who it is. */
export interface BreakGlassPageState {
  summary?: string;
}

// The reason alone: the page knows the record by its address (an id or a search handle).
const reasonSchema = breakGlassSchema.pick({ reason: true });

/**
 * Opening a record that another area looks after: the member of staff says why, is warned that
 * the owning area's managers will see it, and is then taken to the record. Reached from a person
 * link (`/people/:personId/break-glass`) or from a search result, whose address holds only the
 * result's opaque, short-lived handle (`/record-access/open/:handle`).
 */
export function BreakGlassPage() {
  const { personId, handle } = useParams();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const state = useLocation().state as BreakGlassPageState | null;
  const byId = useMutation(trpc.recordAccess.breakGlass.mutationOptions());
  const bySearch = useMutation(trpc.recordAccess.breakGlassFromSearch.mutationOptions());
  const form = useSchemaForm<BreakGlassValues, Pick<BreakGlass, "reason">>({
    schema: reasonSchema,
    defaultValues: { reason: "" },
  });
  const summary = form.summary();
  usePageTitle("Why do you need to open this record?", { hasErrors: summary.length > 0 });

  const submit = form.onSubmit(async ({ reason }) => {
    const granted = handle ? await bySearch.mutateAsync({ handle, reason }) : await byId.mutateAsync({ personId: personId ?? "", reason });
    await queryClient.invalidateQueries({ queryKey: trpc.people.get.queryKey({ personId: granted.personId }) });
    await navigate(peoplePaths.person(granted.personId));
  });

  return (
    <>
      <BackLink to={peoplePaths.find}>Find a person</BackLink>
      <ErrorSummary items={summary} focusKey={form.focusKey} />
      <form onSubmit={submit} noValidate>
        {state?.summary && <p className="govuk-body">You asked to open the record of {state.summary}.</p>}
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            This record is looked after by another area. Opening it is recorded with your reason, and that area&apos;s managers will see who opened it
            and why. You can open it for 8 hours.
          </strong>
        </div>
        <Textarea
          label="Why do you need to open this record?"
          labelSize="l"
          isPageHeading
          hint="For example, the child is at a hospital in your area and you need their safeguarding history"
          {...form.field("reason")}
        />
        <Button disabled={byId.isPending || bySearch.isPending}>Open the record</Button>
      </form>
    </>
  );
}
