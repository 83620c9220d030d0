import { ehaStartSchema } from "@hearth/domain";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useNavigate, useParams, useSearchParams } from "react-router";
import { usePageTitle } from "../../app/service";
import { Button } from "../../components/button";
import { BackLink } from "../../components/content";
import { ErrorSummary } from "../../components/error-summary";
import { Checkboxes } from "../../components/form/checkboxes";
import { DateInput } from "../../components/form/date-input";
import { todayIso } from "../../format/dates";
import { useSchemaForm } from "../../forms/use-schema-form";
import { LoadProblem } from "../../pages/problem-pages";
import { useTRPC } from "../../trpc/trpc";
import { familyRecordPaths } from "../families/paths";
import { familyRoleLabels } from "../people/paths";
import { assessmentPaths } from "./paths";

interface StartValues {
  childIds: string[];
  adultIds: string[];
  startedOn: string;
}

/**
 * Starting an Early Help Assessment from a family's record (or from a call about the family): who
 * is assessed — the whole family, children and adults — and when the work started.
 */
export function StartAssessmentPage() {
  const { familyId = "" } = useParams();
  const [search] = useSearchParams();
  const consultationId = search.get("consultation") ?? undefined;
  const trpc = useTRPC();
  const navigate = useNavigate();
  const record = useQuery(trpc.families.record.queryOptions({ familyId }));
  const start = useMutation(trpc.assessments.start.mutationOptions());
  const form = useSchemaForm<StartValues, unknown>({
    schema: ehaStartSchema,
    defaultValues: { childIds: [], adultIds: [], startedOn: todayIso() },
    toInput: (v) => ({ ...v, childIds: v.childIds || [], adultIds: v.adultIds || [], familyId, consultationId }),
    aliases: { "childIds.0": "childIds", "adultIds.0": "adultIds" },
    order: ["childIds", "adultIds", "startedOn"],
  });
  const summary = form.summary();
  usePageTitle("Start an Early Help Assessment", { hasErrors: summary.length > 0 });
  if (record.isPending) return <p className="govuk-body">Loading…</p>;
  if (record.isError) return <LoadProblem error={record.error} what="the family" />;
  const members = record.data.members;
  const children = members.filter((m) => m.role === "child");
  const adults = members.filter((m) => m.role !== "child");
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={familyRecordPaths.involvement(familyId)}>{record.data.name}</BackLink>
        <ErrorSummary items={summary} focusKey={form.focusKey} />
        <span className="govuk-caption-l">{record.data.name}</span>
        <h1 className="govuk-heading-l">Start an Early Help Assessment</h1>
        <p className="govuk-body">The whole family is assessed: choose the children and the adults the assessment covers.</p>
        <form
          noValidate
          onSubmit={form.onSubmit(async (parsed) => {
            const started = await start.mutateAsync(parsed as Parameters<typeof start.mutateAsync>[0]);
            await navigate(assessmentPaths.assessment(started.id));
          })}
        >
          <Checkboxes
            legend="Which children are assessed?"
            legendSize="m"
            items={children.map((c) => ({ value: c.personId, text: `${c.firstName} ${c.lastName}` }))}
            {...form.field("childIds")}
          />
          {adults.length > 0 && (
            <Checkboxes
              legend="Which adults are assessed?"
              legendSize="m"
              hint="Parents, carers and other adults whose views and circumstances the assessment records"
              items={adults.map((a) => ({ value: a.personId, text: `${a.firstName} ${a.lastName}`, hint: familyRoleLabels[a.role] }))}
              {...form.field("adultIds")}
            />
          )}
          <DateInput legend="When did the assessment start?" legendSize="m" hint="For example, 27 3 2026" {...form.bind("startedOn")} />
          <Button disabled={start.isPending}>Start the assessment</Button>
        </form>
      </div>
    </div>
  );
}
