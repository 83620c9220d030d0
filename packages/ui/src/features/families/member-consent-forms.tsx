import {
  consentGivenByKinds,
  consentPurposeLabels,
  consentPurposes,
  familyConsentGiveSchema,
  familyConsentWithdrawSchema,
  type FamilyConsentGive,
  type FamilyConsentWithdraw,
} from "@hearth/domain";
import { useMutation } from "@tanstack/react-query";
import { Button } from "../../components/button";
import { DateInput } from "../../components/form/date-input";
import { Radios } from "../../components/form/radios";
import { Select } from "../../components/form/select";
import { Textarea } from "../../components/form/textarea";
import { formatUkDate } from "../../format/dates";
import { useSchemaForm } from "../../forms/use-schema-form";
import { useTRPC } from "../../trpc/trpc";
import { fullName } from "../people/paths";
import { ChangeForm } from "./change-form";
import type { FamilyRecord } from "./use-family-record";

type Member = FamilyRecord["members"][number];
type Consent = FamilyRecord["consents"][number];
type GivenBy = (typeof consentGivenByKinds)[number];

const givenByLabels: Record<GivenBy, string> = {
  the_person: "They gave it themself",
  parent_with_parental_responsibility: "A parent with parental responsibility",
  other_with_parental_responsibility: "Someone else with parental responsibility",
};

interface ConsentValues {
  purpose: string;
  givenBy: string;
  givenByPersonId: string;
  givenOn: string;
  method: string;
  notes: string;
}

/** Consent recorded for a member: what for, who gave it (them, or someone with parental responsibility), when and how. */
export function GiveConsentForm({ family, member, done }: { family: FamilyRecord; member: Member; done: () => Promise<unknown> }) {
  const trpc = useTRPC();
  const give = useMutation(trpc.families.members.giveConsent.mutationOptions());
  const form = useSchemaForm<ConsentValues, FamilyConsentGive>({
    schema: familyConsentGiveSchema,
    defaultValues: { purpose: "", givenBy: "", givenByPersonId: "", givenOn: "", method: "", notes: "" },
    toInput: (typed) => ({
      ...typed,
      familyId: family.id,
      personId: member.personId,
      givenByPersonId: typed.givenBy === "the_person" ? member.personId : typed.givenByPersonId,
      notes: typed.notes.trim() ? typed.notes : undefined,
    }),
    order: ["purpose", "givenBy", "givenByPersonId", "givenOn", "method", "notes"],
  });
  const others = family.members.filter((m) => m.personId !== member.personId);
  const { givenBy } = form.values;
  return (
    <ChangeForm
      title={`Record consent for ${fullName(member)}`}
      form={form}
      onSubmit={async (input) => {
        await give.mutateAsync(input);
        await done();
      }}
    >
      <Radios
        legend="What are they consenting to?"
        legendSize="s"
        items={consentPurposes.map((p) => ({ value: p, text: consentPurposeLabels[p] }))}
        {...form.field("purpose")}
      />
      <Radios
        legend="Who gave consent?"
        legendSize="s"
        items={consentGivenByKinds.map((k) => ({ value: k, text: givenByLabels[k] }))}
        {...form.field("givenBy")}
      />
      {givenBy && givenBy !== "the_person" && (
        <Select
          label="Who in the family gave it?"
          options={[{ value: "", text: "Choose a member of the family" }, ...others.map((m) => ({ value: m.personId, text: fullName(m) }))]}
          {...form.field("givenByPersonId")}
        />
      )}
      {(!givenBy || givenBy === "the_person") && form.error("givenByPersonId") && (
        <p className="govuk-error-message" id="givenByPersonId">
          {form.error("givenByPersonId")}
        </p>
      )}
      <DateInput legend="When was it given?" legendSize="s" hint="For example, 5 1 2026" {...form.bind("givenOn")} />
      <Radios
        legend="How was it given?"
        legendSize="s"
        inline
        items={[
          { value: "written", text: "In writing" },
          { value: "verbal", text: "Verbally" },
          { value: "online", text: "Online" },
        ]}
        {...form.field("method")}
      />
      <Textarea label="Notes (optional)" {...form.field("notes")} />
      <Button disabled={give.isPending}>Save consent</Button>
    </ChangeForm>
  );
}

/** Consent taken back: the record stays, with when and why. */
export function WithdrawConsentForm({
  familyId,
  member,
  consent,
  done,
}: {
  familyId: string;
  member: Member;
  consent: Consent;
  done: () => Promise<unknown>;
}) {
  const trpc = useTRPC();
  const withdraw = useMutation(trpc.families.members.withdrawConsent.mutationOptions());
  const form = useSchemaForm<{ withdrawnOn: string; reason: string }, FamilyConsentWithdraw>({
    schema: familyConsentWithdrawSchema,
    defaultValues: { withdrawnOn: "", reason: "" },
    toInput: (typed) => ({ familyId, consentId: consent.id, ...typed }),
  });
  return (
    <ChangeForm
      title={`Withdraw consent to ${consentPurposeLabels[consent.purpose].toLowerCase()} for ${fullName(member)}`}
      form={form}
      onSubmit={async (input) => {
        await withdraw.mutateAsync(input);
        await done();
      }}
    >
      <p className="govuk-body">Given on {formatUkDate(consent.givenOn)}.</p>
      <DateInput legend="When was it withdrawn?" legendSize="s" hint="For example, 5 2 2026" {...form.bind("withdrawnOn")} />
      <Textarea label="Why was it withdrawn?" {...form.field("reason")} />
      <Button disabled={withdraw.isPending}>Withdraw consent</Button>
    </ChangeForm>
  );
}
