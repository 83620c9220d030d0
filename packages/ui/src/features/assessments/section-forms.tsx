import {
  ehaAnalysisSectionSchema,
  ehaChildSectionSchema,
  ehaConsentMethodLabels,
  ehaConsentMethods,
  ehaConsentSectionSchema,
  ehaDomainLabels,
  ehaLeadProfessionalSectionSchema,
  ehaParentsViewsSectionSchema,
  type EhaSection,
} from "@hearth/domain";
import { useMutation } from "@tanstack/react-query";
import type { ReactNode } from "react";
import type { FieldValues } from "react-hook-form";
import { useNavigate } from "react-router";
import { usePageTitle } from "../../app/service";
import { Button } from "../../components/button";
import { BackLink } from "../../components/content";
import { ErrorSummary } from "../../components/error-summary";
import { DateInput } from "../../components/form/date-input";
import { Radios } from "../../components/form/radios";
import { TextInput } from "../../components/form/text-input";
import { Textarea } from "../../components/form/textarea";
import { DraftRestoredBanner, useDraft } from "../../forms/use-draft";
import { useSchemaForm, type SchemaForm, type SchemaParser } from "../../forms/use-schema-form";
import { useTRPC } from "../../trpc/trpc";
import { assessmentPaths, sectionDraftKey } from "./paths";
import type { AssessmentDetail } from "./use-assessment";

interface SectionProps {
  assessment: AssessmentDetail;
  taskKey: string;
  title: string;
  show: (latest: AssessmentDetail) => void;
}

/**
 * One section of the task list: a form checked by the section's domain schema, kept as a
 * server-side draft as it is typed (so a time-out or a closed tab loses nothing), saved whole.
 */
function useSectionForm<Values extends FieldValues>(
  props: SectionProps,
  options: {
    schema: SchemaParser<EhaSection>;
    defaultValues: Values;
    toInput: (v: Values) => unknown;
    aliases?: Record<string, string>;
    order: string[];
  },
) {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const form = useSchemaForm<Values, EhaSection>(options);
  const draft = useDraft(sectionDraftKey(props.assessment.id, props.taskKey), form.form as never);
  const save = useMutation(trpc.assessments.saveSection.mutationOptions());
  const onSubmit = form.onSubmit(async (content) => {
    await draft.flush();
    const latest = await save.mutateAsync({ assessmentId: props.assessment.id, content });
    await draft.finish();
    props.show(latest);
    await navigate(assessmentPaths.assessment(props.assessment.id));
  });
  return { form, draft, onSubmit, saving: save.isPending };
}

function SectionPage<Values extends FieldValues>({
  props,
  section,
  intro,
  children,
}: {
  props: SectionProps;
  section: { form: SchemaForm<Values, EhaSection>; draft: ReturnType<typeof useDraft>; onSubmit: () => unknown; saving: boolean };
  intro?: ReactNode;
  children: ReactNode;
}) {
  const summary = section.form.summary();
  usePageTitle(props.title, { hasErrors: summary.length > 0 });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={assessmentPaths.assessment(props.assessment.id)}>Early Help Assessment</BackLink>
        <ErrorSummary items={summary} focusKey={section.form.focusKey} />
        <DraftRestoredBanner draft={section.draft} />
        <span className="govuk-caption-l">Early Help Assessment: {props.assessment.familyName}</span>
        <h1 className="govuk-heading-l">{props.title}</h1>
        {intro}
        <p className="govuk-body">What you type is kept as you go, so nothing is lost if you are signed out.</p>
        <form noValidate onSubmit={section.onSubmit}>
          {children}
          <Button disabled={section.saving}>Save and mark as completed</Button>
        </form>
      </div>
    </div>
  );
}

export function ConsentSection(props: SectionProps) {
  const { consent, children, adults } = props.assessment;
  const section = useSectionForm(props, {
    schema: ehaConsentSectionSchema,
    defaultValues: { givenByPersonId: consent.givenByPersonId ?? "", method: consent.method ?? "", givenOn: consent.givenOn ?? "" },
    toInput: (v) => ({ section: "consent", ...v }),
    order: ["givenByPersonId", "method", "givenOn"],
  });
  const f = section.form;
  return (
    <SectionPage
      props={props}
      section={section}
      intro={<p className="govuk-body">The family must agree before the assessment starts. Consent recorded after the work it allows is refused.</p>}
    >
      <Radios
        legend="Who gave consent?"
        legendSize="m"
        items={[...adults, ...children].map((p) => ({ value: p.personId, text: p.name }))}
        {...f.field("givenByPersonId")}
      />
      <Radios
        legend="How was consent given?"
        legendSize="m"
        items={ehaConsentMethods.map((m) => ({ value: m, text: ehaConsentMethodLabels[m] }))}
        {...f.field("method")}
      />
      <DateInput legend="When was consent given?" legendSize="m" hint="For example, 27 3 2026" {...f.bind("givenOn")} />
    </SectionPage>
  );
}

const leadFields = ["name", "agency", "role", "email"] as const;

export function LeadProfessionalSection(props: SectionProps) {
  const lead = props.assessment.leadProfessional;
  const section = useSectionForm(props, {
    schema: ehaLeadProfessionalSectionSchema,
    defaultValues: { name: lead?.name ?? "", agency: lead?.agency ?? "", role: lead?.role ?? "", email: lead?.email ?? "" },
    toInput: (v) => ({
      section: "leadProfessional",
      leadProfessional: { name: v.name, agency: v.agency, role: v.role || undefined, email: v.email || undefined },
    }),
    aliases: Object.fromEntries(leadFields.map((k) => [`leadProfessional.${k}`, k])),
    order: [...leadFields],
  });
  const f = section.form;
  return (
    <SectionPage
      props={props}
      section={section}
      intro={
        <p className="govuk-body">
          The lead professional coordinates the support. They may work for a partner agency, such as a school or health visiting.
        </p>
      }
    >
      <TextInput label="Name" autoComplete="off" {...f.field("name")} />
      <TextInput label="Agency" hint="For example, Meadow Primary School" {...f.field("agency")} />
      <TextInput label="Role (optional)" hint="For example, Designated safeguarding lead" {...f.field("role")} />
      <TextInput label="Work email address (optional)" type="email" spellCheck={false} {...f.field("email")} />
    </SectionPage>
  );
}

const domainBoxes = {
  child_development: ["cdStrengths", "cdNeeds"],
  parenting_capacity: ["pcStrengths", "pcNeeds"],
  family_environment: ["feStrengths", "feNeeds"],
} as const;

export function ChildSection(props: SectionProps & { personId: string; childName: string }) {
  const saved = props.assessment.childAssessments.find((c) => c.personId === props.personId);
  const d = saved?.domains;
  const section = useSectionForm(props, {
    schema: ehaChildSectionSchema,
    defaultValues: {
      cdStrengths: d?.child_development.strengths ?? "",
      cdNeeds: d?.child_development.needs ?? "",
      pcStrengths: d?.parenting_capacity.strengths ?? "",
      pcNeeds: d?.parenting_capacity.needs ?? "",
      feStrengths: d?.family_environment.strengths ?? "",
      feNeeds: d?.family_environment.needs ?? "",
      childsVoice: saved?.childsVoice ?? "",
    },
    toInput: (v) => ({
      section: "child",
      personId: props.personId,
      domains: {
        child_development: { strengths: v.cdStrengths, needs: v.cdNeeds },
        parenting_capacity: { strengths: v.pcStrengths, needs: v.pcNeeds },
        family_environment: { strengths: v.feStrengths, needs: v.feNeeds },
      },
      childsVoice: v.childsVoice,
    }),
    aliases: Object.fromEntries(
      Object.entries(domainBoxes).flatMap(([domain, [strengths, needs]]) => [
        [`domains.${domain}.strengths`, strengths],
        [`domains.${domain}.needs`, needs],
      ]),
    ),
    order: [...Object.values(domainBoxes).flat(), "childsVoice"],
  });
  const f = section.form;
  return (
    <SectionPage
      props={props}
      section={section}
      intro={<p className="govuk-body">The three domains of the Assessment Framework: record at least a strength or a need in each.</p>}
    >
      {Object.entries(domainBoxes).map(([domain, [strengths, needs]]) => (
        <fieldset key={domain} className="govuk-fieldset">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">{ehaDomainLabels[domain as keyof typeof domainBoxes]}</legend>
          <Textarea label="Strengths" rows={3} {...f.field(strengths)} />
          <Textarea label="Needs" rows={3} {...f.field(needs)} />
        </fieldset>
      ))}
      <Textarea
        label={`${props.childName}’s own voice`}
        labelSize="m"
        hint="What the child said, in their words; for a baby or a child who cannot say, how their experience was understood"
        rows={5}
        {...f.field("childsVoice")}
      />
    </SectionPage>
  );
}

export function ParentsViewsSection(props: SectionProps) {
  const section = useSectionForm(props, {
    schema: ehaParentsViewsSectionSchema,
    defaultValues: { parentsViews: props.assessment.parentsViews ?? "" },
    toInput: (v) => ({ section: "parentsViews", ...v }),
    order: ["parentsViews"],
  });
  return (
    <SectionPage props={props} section={section}>
      <Textarea
        label="What do the parents and carers say?"
        hint="Their view of the family’s strengths and worries, and the help they want, in their words"
        rows={8}
        {...section.form.field("parentsViews")}
      />
    </SectionPage>
  );
}

export function AnalysisSection(props: SectionProps) {
  const section = useSectionForm(props, {
    schema: ehaAnalysisSectionSchema,
    defaultValues: { analysis: props.assessment.analysis ?? "", desiredOutcomes: props.assessment.desiredOutcomes.join("\n") },
    toInput: (v) => ({
      section: "analysis",
      analysis: v.analysis,
      desiredOutcomes: v.desiredOutcomes
        .split("\n")
        .map((line) => line.trim())
        .filter(Boolean),
    }),
    aliases: Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`desiredOutcomes.${i}`, "desiredOutcomes"])),
    order: ["analysis", "desiredOutcomes"],
  });
  return (
    <SectionPage props={props} section={section}>
      <Textarea label="Analysis" hint="What the strengths and needs mean together, and why" rows={8} {...section.form.field("analysis")} />
      <Textarea
        label="Desired outcomes"
        hint="What the family wants to be different, one outcome on each line. The Team Around the Family’s plan works towards these."
        rows={5}
        {...section.form.field("desiredOutcomes")}
      />
    </SectionPage>
  );
}
