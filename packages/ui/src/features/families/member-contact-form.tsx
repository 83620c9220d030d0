import { contactChannels, contactDetailsSchema, type ContactDetails } from "@hearth/domain";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Controller, useForm, type FieldErrors, type Resolver } from "react-hook-form";
import { Button } from "../../components/button";
import { ErrorSummary } from "../../components/error-summary";
import { Checkboxes } from "../../components/form/checkboxes";
import { DateInput } from "../../components/form/date-input";
import { Radios } from "../../components/form/radios";
import { TextInput } from "../../components/form/text-input";
import { errorSummaryItems, fieldError } from "../../forms/form-errors";
import { serverFieldErrors, serverFormErrors } from "../../forms/server-errors";
import { DraftRestoredBanner, useDraft } from "../../forms/use-draft";
import { useTRPC } from "../../trpc/trpc";
import { fullName } from "../people/paths";
import type { FamilyRecord } from "./use-family-record";

type Member = FamilyRecord["members"][number];
type Contact = FamilyRecord["contacts"][number];

/** The form's boxes, flat and as typed: the address is four boxes, consent a yes or no. */
interface ContactValues {
  mobilePhone: string;
  otherPhone: string;
  email: string;
  line1: string;
  line2: string;
  town: string;
  postcode: string;
  preferredChannel: string;
  consentToContact: string;
  consentRecordedOn: string;
  safeToLeaveMessage: string[];
}
const fieldOrder = [
  "mobilePhone",
  "otherPhone",
  "email",
  "line1",
  "line2",
  "town",
  "postcode",
  "preferredChannel",
  "consentToContact",
  "consentRecordedOn",
] as const;
const channelLabels: Record<(typeof contactChannels)[number], string> = {
  sms: "Text message",
  phone: "Phone call",
  email: "Email",
  letter: "Letter",
};

const blank = (v: string) => (v.trim() === "" ? undefined : v);

/** The boxes as the domain's contact details: blanks are no answer, an empty address is none. */
function toContact(v: ContactValues) {
  const hasAddress = [v.line1, v.line2, v.town, v.postcode].some((p) => p.trim() !== "");
  return {
    mobilePhone: blank(v.mobilePhone),
    otherPhone: blank(v.otherPhone),
    email: blank(v.email),
    address: hasAddress ? { line1: v.line1, line2: blank(v.line2), town: v.town, postcode: v.postcode } : undefined,
    preferredChannel: blank(v.preferredChannel),
    consentToContact: v.consentToContact === "" ? undefined : v.consentToContact === "yes",
    consentRecordedOn: blank(v.consentRecordedOn),
    safeToLeaveMessage: v.safeToLeaveMessage.includes("yes"),
  };
}

function fromContact(c: Contact | null): ContactValues {
  return {
    mobilePhone: c?.mobilePhone ?? "",
    otherPhone: c?.otherPhone ?? "",
    email: c?.email ?? "",
    line1: c?.address?.line1 ?? "",
    line2: c?.address?.line2 ?? "",
    town: c?.address?.town ?? "",
    postcode: c?.address?.postcode ?? "",
    preferredChannel: c?.preferredChannel ?? "",
    consentToContact: c ? (c.consentToContact ? "yes" : "no") : "",
    consentRecordedOn: c?.consentRecordedOn ?? "",
    safeToLeaveMessage: c?.safeToLeaveMessage ? ["yes"] : [],
  };
}

/** "contact.address.line1" or "address.line1" → "line1": the box a message belongs beside. */
const boxOf = (path: string) => path.replace(/^contact\./, "").replace(/^address\./, "");

/** The domain's contact rules, with each message put beside the box it is about. */
const contactResolver: Resolver<ContactValues, unknown, ContactDetails> = (values) => {
  const parsed = contactDetailsSchema.safeParse(toContact(values));
  if (parsed.success) return { values: parsed.data, errors: {} };
  const errors: Record<string, { type: string; message: string }> = {};
  for (const issue of parsed.error.issues) errors[boxOf(issue.path.join("."))] ??= { type: "schema", message: issue.message };
  return { values: {}, errors: errors as FieldErrors<ContactValues> };
};

/** A member's contact details, changed in place; what is typed is kept as a draft per person. */
export function MemberContactForm({
  familyId,
  member,
  current,
  done,
}: {
  familyId: string;
  member: Member;
  current: Contact | null;
  done: () => Promise<unknown>;
}) {
  const trpc = useTRPC();
  const [formMessages, setFormMessages] = useState<string[]>([]);
  const form = useForm<ContactValues, unknown, ContactDetails>({
    resolver: contactResolver,
    defaultValues: fromContact(current),
    shouldFocusError: false,
  });
  const draft = useDraft(`family.contact:${member.personId}`, form);
  const change = useMutation(trpc.families.members.changeContact.mutationOptions());
  const { errors, submitCount } = form.formState;
  const message = (name: (typeof fieldOrder)[number]) => fieldError(errors, name);
  const onServerError = (error: unknown) => {
    for (const [path, text] of Object.entries(serverFieldErrors(error)))
      form.setError(boxOf(path) as keyof ContactValues, { type: "server", message: text });
    setFormMessages(serverFormErrors(error));
  };
  return (
    <section aria-labelledby={`contact-${member.personId}`}>
      <ErrorSummary items={errorSummaryItems(errors, fieldOrder, formMessages)} focusKey={change.error ?? submitCount} />
      <DraftRestoredBanner draft={draft} />
      <h3 className="govuk-heading-s" id={`contact-${member.personId}`}>
        Change the contact details of {fullName(member)}
      </h3>
      <form
        noValidate
        onSubmit={form.handleSubmit(async (contact) => {
          setFormMessages([]);
          await draft.flush();
          change.mutate(
            { familyId, personId: member.personId, contact },
            { onSuccess: () => void draft.finish().then(done), onError: onServerError },
          );
        })}
      >
        <TextInput label="Mobile phone" type="tel" autoComplete="off" width="20" error={message("mobilePhone")} {...form.register("mobilePhone")} />
        <TextInput label="Other phone" type="tel" autoComplete="off" width="20" error={message("otherPhone")} {...form.register("otherPhone")} />
        <TextInput label="Email address" type="email" autoComplete="off" spellCheck={false} error={message("email")} {...form.register("email")} />
        <TextInput label="Address line 1" error={message("line1")} {...form.register("line1")} />
        <TextInput label="Address line 2 (optional)" error={message("line2")} {...form.register("line2")} />
        <TextInput label="Town or city" width="two-thirds" error={message("town")} {...form.register("town")} />
        <TextInput label="Postcode" width="10" error={message("postcode")} {...form.register("postcode")} />
        <Radios
          legend="How do they prefer to be contacted?"
          legendSize="s"
          error={message("preferredChannel")}
          items={contactChannels.map((c) => ({ value: c, text: channelLabels[c] }))}
          {...form.register("preferredChannel")}
        />
        <Radios
          legend="Have they agreed to be contacted?"
          legendSize="s"
          inline
          error={message("consentToContact")}
          items={[
            { value: "yes", text: "Yes" },
            { value: "no", text: "No" },
          ]}
          {...form.register("consentToContact")}
        />
        <Controller
          control={form.control}
          name="consentRecordedOn"
          render={({ field }) => (
            <DateInput
              legend="When did they agree?"
              legendSize="s"
              hint="Only if they agreed. For example, 5 1 2026"
              error={message("consentRecordedOn")}
              {...field}
            />
          )}
        />
        <Checkboxes
          legend="Messages"
          legendSize="s"
          items={[{ value: "yes", text: "It is safe to leave a message" }]}
          {...form.register("safeToLeaveMessage")}
        />
        <Button disabled={change.isPending}>Save contact details</Button>
      </form>
    </section>
  );
}
