import { consentGivenByKinds, consentPurposeLabels, consentPurposes } from "@hearth/domain";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "../../components/button";
import { DateInput } from "../../components/form/date-input";
import { Radios } from "../../components/form/radios";
import { Select } from "../../components/form/select";
import { Textarea } from "../../components/form/textarea";
import { formatUkDate } from "../../format/dates";
import { serverFieldErrors } from "../../forms/server-errors";
import { useTRPC } from "../../trpc/trpc";
import { fullName } from "../people/paths";
import { ChangeErrors, ChangeForm } from "./change-form";
import type { FamilyRecord } from "./use-family-record";

type Member = FamilyRecord["members"][number];
type Consent = FamilyRecord["consents"][number];
type GivenBy = (typeof consentGivenByKinds)[number];
type Purpose = (typeof consentPurposes)[number];
type Method = "written" | "verbal" | "online";

const givenByLabels: Record<GivenBy, string> = {
  the_person: "They gave it themself",
  parent_with_parental_responsibility: "A parent with parental responsibility",
  other_with_parental_responsibility: "Someone else with parental responsibility",
};

/** Consent recorded for a member: what for, who gave it (them, or someone with parental responsibility), when and how. */
export function GiveConsentForm({ family, member, done }: { family: FamilyRecord; member: Member; done: () => Promise<unknown> }) {
  const trpc = useTRPC();
  const give = useMutation(trpc.families.members.giveConsent.mutationOptions());
  const [purpose, setPurpose] = useState<string>("");
  const [givenBy, setGivenBy] = useState<string>("");
  const [givenByPersonId, setGivenByPersonId] = useState<string>("");
  const [givenOn, setGivenOn] = useState("");
  const [method, setMethod] = useState<string>("");
  const [notes, setNotes] = useState("");
  const errors = serverFieldErrors(give.error);
  const others = family.members.filter((m) => m.personId !== member.personId);
  const submit = () =>
    give.mutate(
      {
        familyId: family.id,
        personId: member.personId,
        purpose: purpose as Purpose,
        givenBy: givenBy as GivenBy,
        givenByPersonId: givenBy === "the_person" ? member.personId : givenByPersonId,
        givenOn,
        method: method as Method,
        notes: notes.trim() ? notes : undefined,
      },
      { onSuccess: () => void done() },
    );
  return (
    <ChangeForm title={`Record consent for ${fullName(member)}`} onSubmit={submit}>
      <ChangeErrors error={give.error} />
      <Radios
        name="purpose"
        legend="What are they consenting to?"
        legendSize="s"
        error={errors.purpose}
        items={consentPurposes.map((p) => ({ value: p, text: consentPurposeLabels[p] }))}
        onChange={(e) => setPurpose(e.target.value)}
      />
      <Radios
        name="givenBy"
        legend="Who gave consent?"
        legendSize="s"
        error={errors.givenBy}
        items={consentGivenByKinds.map((k) => ({ value: k, text: givenByLabels[k] }))}
        onChange={(e) => setGivenBy(e.target.value)}
      />
      {givenBy && givenBy !== "the_person" && (
        <Select
          name="givenByPersonId"
          label="Who in the family gave it?"
          value={givenByPersonId}
          onChange={(e) => setGivenByPersonId(e.target.value)}
          error={errors.givenByPersonId}
          options={[{ value: "", text: "Choose a member of the family" }, ...others.map((m) => ({ value: m.personId, text: fullName(m) }))]}
        />
      )}
      {givenBy === "the_person" && errors.givenByPersonId && <p className="govuk-error-message">{errors.givenByPersonId}</p>}
      <DateInput
        name="givenOn"
        legend="When was it given?"
        legendSize="s"
        hint="For example, 5 1 2026"
        value={givenOn}
        onChange={setGivenOn}
        error={errors.givenOn}
      />
      <Radios
        name="method"
        legend="How was it given?"
        legendSize="s"
        inline
        error={errors.method}
        items={[
          { value: "written", text: "In writing" },
          { value: "verbal", text: "Verbally" },
          { value: "online", text: "Online" },
        ]}
        onChange={(e) => setMethod(e.target.value)}
      />
      <Textarea name="notes" label="Notes (optional)" value={notes} onChange={(e) => setNotes(e.target.value)} error={errors.notes} />
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
  const [withdrawnOn, setWithdrawnOn] = useState("");
  const [reason, setReason] = useState("");
  const errors = serverFieldErrors(withdraw.error);
  return (
    <ChangeForm
      title={`Withdraw consent to ${consentPurposeLabels[consent.purpose].toLowerCase()} for ${fullName(member)}`}
      onSubmit={() => withdraw.mutate({ familyId, consentId: consent.id, withdrawnOn, reason }, { onSuccess: () => void done() })}
    >
      <ChangeErrors error={withdraw.error} />
      <p className="govuk-body">Given on {formatUkDate(consent.givenOn)}.</p>
      <DateInput
        name="withdrawnOn"
        legend="When was it withdrawn?"
        legendSize="s"
        hint="For example, 5 2 2026"
        value={withdrawnOn}
        onChange={setWithdrawnOn}
        error={errors.withdrawnOn}
      />
      <Textarea name="reason" label="Why was it withdrawn?" value={reason} onChange={(e) => setReason(e.target.value)} error={errors.reason} />
      <Button disabled={withdraw.isPending}>Withdraw consent</Button>
    </ChangeForm>
  );
}
