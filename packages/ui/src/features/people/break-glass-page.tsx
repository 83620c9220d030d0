import { breakGlassSchema, type BreakGlass } from "@hearth/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate, useParams } from "react-router";
import { usePageTitle } from "../../app/service";
import { Button } from "../../components/button";
import { BackLink } from "../../components/content";
import { ErrorSummary } from "../../components/error-summary";
import { Textarea } from "../../components/form/textarea";
import { useSchemaForm } from "../../forms/use-schema-form";
import { useTRPC } from "../../trpc/trpc";
import { peoplePaths } from "./paths";

interface BreakGlassValues {
  personId: string;
  reason: string;
}

/**
 * Opening a record that another area looks after: the member of staff says why, is warned that
 * the owning area's managers will see it, and is then taken to the record.
 */
export function BreakGlassPage() {
  const { personId = "" } = useParams();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const breakGlass = useMutation(trpc.recordAccess.breakGlass.mutationOptions());
  const form = useSchemaForm<BreakGlassValues, BreakGlass>({
    schema: breakGlassSchema,
    defaultValues: { personId, reason: "" },
  });
  const summary = form.summary();
  usePageTitle("Why do you need to open this record?", { hasErrors: summary.length > 0 });

  const submit = form.onSubmit(async (input) => {
    await breakGlass.mutateAsync(input);
    await queryClient.invalidateQueries({ queryKey: trpc.people.get.queryKey({ personId }) });
    await navigate(peoplePaths.person(personId));
  });

  return (
    <>
      <BackLink to={peoplePaths.find}>Find a person</BackLink>
      <ErrorSummary items={summary} focusKey={form.focusKey} />
      <form onSubmit={submit} noValidate>
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            This record is looked after by another area. Opening it is recorded with your reason,
            and that area&apos;s managers will see who opened it and why. You can open it for 8
            hours.
          </strong>
        </div>
        <Textarea
          label="Why do you need to open this record?"
          labelSize="l"
          isPageHeading
          hint="For example, the child is at a hospital in your area and you need their safeguarding history"
          {...form.field("reason")}
        />
        <Button disabled={breakGlass.isPending}>Open the record</Button>
      </form>
    </>
  );
}
