import {
  evidenceRatings,
  outcomeMeasureKinds,
  outcomeMeasureLabels,
  programmeCategories,
  programmeCategoryLabels,
  programmeCreateSchema,
  thresholdLevelValues,
  type ProgrammeCreate,
} from "@hearth/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate, useParams } from "react-router";
import { usePageTitle } from "../../app/service";
import { Button } from "../../components/button";
import { ErrorSummary } from "../../components/error-summary";
import { Checkboxes } from "../../components/form/checkboxes";
import { Radios } from "../../components/form/radios";
import { Select } from "../../components/form/select";
import { TextInput } from "../../components/form/text-input";
import { Textarea } from "../../components/form/textarea";
import { useSchemaForm } from "../../forms/use-schema-form";
import { LoadProblem } from "../../pages/problem-pages";
import { useTRPC } from "../../trpc/trpc";
import { programmePaths } from "./paths";

interface ProgrammeValues {
  name: string;
  category: string;
  evidenceRating: string;
  targetGroup: string;
  childAgeFrom: string;
  childAgeTo: string;
  levelsOfNeed: string[];
  numberOfSessions: string;
  completionShare: string;
  outcomeMeasures: string[];
  description: string;
  active: string;
}

const blank = (text: string) => (text.trim() === "" ? undefined : text);
const numberOrBlank = (text: string) => (text.trim() === "" ? undefined : Number(text));
type Row = { name: string; category: string; evidenceRating: string; targetGroup: string | null; childAgeFrom: number; childAgeTo: number };

function valuesOf(p?: Row & Record<string, unknown>): ProgrammeValues {
  return {
    name: p?.name ?? "",
    category: p?.category ?? "",
    evidenceRating: p?.evidenceRating ?? "",
    targetGroup: p?.targetGroup ?? "",
    childAgeFrom: p ? String(p.childAgeFrom) : "",
    childAgeTo: p ? String(p.childAgeTo) : "",
    levelsOfNeed: p ? (p.levelsOfNeed as number[]).map(String) : [],
    numberOfSessions: p ? String(p.numberOfSessions) : "",
    completionShare: p ? String(p.completionShare) : "",
    outcomeMeasures: p ? (p.outcomeMeasures as string[]) : [],
    description: (p?.description as string | null) ?? "",
    active: p ? (p.active ? "yes" : "no") : "yes",
  };
}

/** The catalogue entry form, for a new programme or a change to one (FSS managers and admins). */
function ProgrammeForm({ programmeId, start }: { programmeId?: string; start: ProgrammeValues }) {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const create = useMutation(trpc.programmes.create.mutationOptions());
  const update = useMutation(trpc.programmes.update.mutationOptions());
  const form = useSchemaForm<ProgrammeValues, ProgrammeCreate>({
    schema: programmeCreateSchema,
    defaultValues: start,
    toInput: (v) => ({
      name: v.name,
      category: v.category || undefined,
      evidenceRating: v.evidenceRating || undefined,
      targetGroup: blank(v.targetGroup),
      childAgeFrom: numberOrBlank(v.childAgeFrom),
      childAgeTo: numberOrBlank(v.childAgeTo),
      levelsOfNeed: (v.levelsOfNeed || []).map(Number),
      numberOfSessions: numberOrBlank(v.numberOfSessions),
      completionShare: numberOrBlank(v.completionShare),
      outcomeMeasures: v.outcomeMeasures || [],
      description: blank(v.description),
    }),
  });
  const saving = create.isPending || update.isPending;
  return (
    <>
      <ErrorSummary items={form.summary()} focusKey={form.focusKey} />
      <form
        noValidate
        onSubmit={form.onSubmit(async (programme, typed) => {
          if (programmeId) await update.mutateAsync({ ...programme, programmeId, active: typed.active === "yes" });
          else await create.mutateAsync(programme);
          await queryClient.invalidateQueries({ queryKey: trpc.programmes.pathKey() });
          await navigate(programmePaths.catalogue);
        })}
      >
        <TextInput label="Name" {...form.field("name")} />
        <Select
          label="Kind of programme"
          options={[{ value: "", text: "Choose a kind" }, ...programmeCategories.map((c) => ({ value: c, text: programmeCategoryLabels[c] }))]}
          {...form.field("category")}
        />
        <Select
          label="Evidence rating"
          hint="The Foundations (EIF) guidebook level: 2 preliminary, 3 moderate, 4 strong"
          options={[
            { value: "", text: "Choose a rating" },
            ...evidenceRatings.map((r) => ({ value: r, text: r === "not_rated" ? "Not rated" : `Level ${r}` })),
          ]}
          {...form.field("evidenceRating")}
        />
        <TextInput
          label="Target group (optional)"
          hint="For example, parents of children whose behaviour challenges"
          {...form.field("targetGroup")}
        />
        <TextInput label="Youngest age" inputMode="numeric" className="govuk-input--width-3" {...form.field("childAgeFrom")} />
        <TextInput label="Oldest age" inputMode="numeric" className="govuk-input--width-3" {...form.field("childAgeTo")} />
        <Checkboxes
          legend="Levels of need it serves"
          legendSize="s"
          items={thresholdLevelValues.map((l) => ({ value: String(l), text: `Level ${l}` }))}
          {...form.field("levelsOfNeed")}
        />
        <TextInput label="Number of sessions" inputMode="numeric" className="govuk-input--width-3" {...form.field("numberOfSessions")} />
        <TextInput
          label="Share of sessions a family must attend to complete"
          hint="For example, 0.75 for three quarters"
          inputMode="decimal"
          className="govuk-input--width-4"
          {...form.field("completionShare")}
        />
        <Checkboxes
          legend="Outcome measures it uses (optional)"
          legendSize="s"
          items={outcomeMeasureKinds.map((m) => ({ value: m, text: outcomeMeasureLabels[m] }))}
          {...form.field("outcomeMeasures")}
        />
        <Textarea label="Description (optional)" {...form.field("description")} />
        {programmeId && (
          <Radios
            legend="Offer it for new runs?"
            legendSize="s"
            inline
            items={[
              { value: "yes", text: "Yes" },
              { value: "no", text: "No, retire it" },
            ]}
            {...form.field("active")}
          />
        )}
        <Button disabled={saving}>{programmeId ? "Save changes" : "Add the programme"}</Button>
      </form>
    </>
  );
}

/** Add a programme to the catalogue, or change one (`/programmes/catalogue/:programmeId`). */
export function ProgrammeFormPage() {
  const { programmeId } = useParams();
  const trpc = useTRPC();
  const catalogue = useQuery({ ...trpc.programmes.catalogue.queryOptions({ includeRetired: true }), enabled: !!programmeId });
  const title = programmeId ? "Change a programme" : "Add a programme";
  usePageTitle(title);
  if (programmeId && catalogue.isPending) return <p className="govuk-body">Loading…</p>;
  if (catalogue.isError) return <LoadProblem error={catalogue.error} what="catalogue" />;
  const existing = catalogue.data?.find((p) => p.id === programmeId);
  if (programmeId && !existing) return <p className="govuk-body">No programme was found.</p>;
  return (
    <>
      <h1 className="govuk-heading-l">{title}</h1>
      <ProgrammeForm key={programmeId ?? "new"} programmeId={programmeId} start={valuesOf(existing)} />
    </>
  );
}
