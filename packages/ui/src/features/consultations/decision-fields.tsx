import {
  assessmentDomains,
  assessmentFramework,
  consultationOutcomeLabels,
  consultationOutcomes,
  suggestThresholdLevel,
  thresholdLevels,
  thresholdLevelValues,
  type ThresholdLevel,
} from "@hearth/domain";
import { useQuery } from "@tanstack/react-query";
import { InsetText } from "../../components/content";
import { Checkboxes } from "../../components/form/checkboxes";
import { Radios } from "../../components/form/radios";
import { Select } from "../../components/form/select";
import { TextInput } from "../../components/form/text-input";
import { Textarea } from "../../components/form/textarea";
import { useTRPC } from "../../trpc/trpc";
import { chosenIndicators, indicatorFieldOf, linesOf } from "./call-form-values";
import type { CallForm } from "./caller-fields";

/**
 * The concern in the caller's words and as threshold indicators by Assessment Framework domain,
 * protective factors, the advice given, the outcome, and the worker's level beside the level the
 * domain's rule suggests; a different level asks for a rationale.
 */
export function DecisionFields({ form, seniorConfirmationLevels }: { form: CallForm; seniorConfirmationLevels: readonly number[] }) {
  const trpc = useTRPC();
  const catalogue = useQuery(trpc.thresholds.indicators.queryOptions({ includeRetired: false }));
  const { values } = form;
  const byCode = new Map((catalogue.data ?? []).map((i) => [i.code, i]));
  const chosen = chosenIndicators(values).flatMap((code) => {
    const i = byCode.get(code);
    return i ? [{ level: i.level as ThresholdLevel, domain: i.domain as (typeof assessmentDomains)[number] }] : [];
  });
  const suggested = suggestThresholdLevel(chosen, linesOf(values.protectiveFactors).length);
  const level = Number(values.level) as ThresholdLevel | 0;
  return (
    <>
      <h2 className="govuk-heading-m">The concern</h2>
      <Textarea label="The concern, in the caller’s words" rows={5} {...form.field("concern")} />
      {assessmentDomains.map((domain) => {
        const indicators = (catalogue.data ?? []).filter((i) => i.domain === domain);
        if (!indicators.length) return null;
        return (
          <Checkboxes
            key={domain}
            legend={assessmentFramework[domain].label}
            legendSize="s"
            small
            items={indicators.map((i) => ({ value: i.code, text: `Level ${i.level}: ${i.wording}` }))}
            {...form.field(indicatorFieldOf[domain])}
          />
        );
      })}
      <Textarea
        label="Protective factors (optional)"
        hint="One a line. For example, A grandparent who helps every day"
        rows={3}
        {...form.field("protectiveFactors")}
      />

      <h2 className="govuk-heading-m">Advice and outcome</h2>
      <Textarea label="Advice given" rows={4} {...form.field("adviceGiven")} />
      <Radios
        legend="Outcome of the call"
        legendSize="s"
        items={consultationOutcomes.map((o) => ({ value: o, text: consultationOutcomeLabels[o] }))}
        {...form.field("outcome")}
      />
      {values.outcome === "signpost" && <SignpostFields form={form} />}

      <h2 className="govuk-heading-m">Threshold decision</h2>
      <InsetText>
        The indicators chosen suggest <strong>level {suggested}</strong>: {thresholdLevels[suggested].name}. {thresholdLevels[suggested].routing}
      </InsetText>
      <Radios
        legend="Your decision on the level of need"
        legendSize="s"
        items={thresholdLevelValues.map((l) => ({
          value: String(l),
          text: `Level ${l}: ${thresholdLevels[l].name}`,
          hint: seniorConfirmationLevels.includes(l)
            ? `${thresholdLevels[l].meaning} A senior practitioner confirms every level ${l} decision.`
            : thresholdLevels[l].meaning,
        }))}
        {...form.field("level")}
      />
      {(level !== 0 && level !== suggested) || form.error("rationale") ? (
        <Textarea
          label="Why is the level different from the suggested level?"
          hint={level && level < suggested ? "A level lower than suggested is confirmed by a senior practitioner." : undefined}
          rows={3}
          {...form.field("rationale")}
        />
      ) : null}
    </>
  );
}

/** A service from the locality directory, so the directory counts which are used; or one typed, if it is not there. */
function SignpostFields({ form }: { form: CallForm }) {
  const trpc = useTRPC();
  const directory = useQuery(trpc.directory.list.queryOptions({}));
  const options = [
    { value: "", text: "Not in the directory" },
    ...(directory.data ?? []).map((s) => ({ value: s.id, text: `${s.name} (${s.provider})` })),
  ];
  return (
    <>
      <Select label="Service from the directory" options={options} {...form.field("signpostServiceId")} />
      <TextInput label="Or another service or programme" hint="If it is not in the directory" {...form.field("signpostTo")} />
    </>
  );
}
