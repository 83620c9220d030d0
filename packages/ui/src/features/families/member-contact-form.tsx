import { contactChannels, contactDetailsSchema, type ContactDetails } from "@hearth/domain";
import { useMutation } from "@tanstack/react-query";
import { Button } from "../../components/button";
import { ErrorSummary } from "../../components/error-summary";
import { Checkboxes } from "../../components/form/checkboxes";
import { DateInput } from "../../components/form/date-input";
import { Radios } from "../../components/form/radios";
import { TextInput } from "../../components/form/text-input";
import { DraftRestoredBanner, useDraft } from "../../forms/use-draft";
import { useSchemaForm } from "../../forms/use-schema-form";
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

/** Each box, under the schema's path and the API's ("address.line1", "contact.address.line1"). */
const boxOfPath: Record<string, string> = Object.fromEntries(
  fieldOrder.flatMap((box) => {
    const path = ["line1", "line2", "town", "postcode"].includes(box) ? `address.${box}` : box;
    return [
      [path, box],
      [`contact.${path}`, box],
    ];
  }),
);

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
  // The domain's contact rules, each message put beside the box it is about.
  const form = useSchemaForm<ContactValues, ContactDetails>({
    schema: contactDetailsSchema,
    defaultValues: fromContact(current),
    toInput: toContact,
    aliases: boxOfPath,
    order: fieldOrder,
  });
  const draft = useDraft(`family.contact:${member.personId}`, form.form);
  const change = useMutation(trpc.families.members.changeContact.mutationOptions());
  return (
    <section aria-labelledby={`contact-${member.personId}`}>
      <ErrorSummary items={form.summary()} focusKey={form.focusKey} />
      <DraftRestoredBanner draft={draft} />
      <h3 className="govuk-heading-s" id={`contact-${member.personId}`}>
        Change the contact details of {fullName(member)}
      </h3>
      <form
        noValidate
        onSubmit={form.onSubmit(async (contact) => {
          await draft.flush();
          await change.mutateAsync({ familyId, personId: member.personId, contact });
          await draft.finish();
          await done();
        })}
      >
        <TextInput label="Mobile phone" type="tel" autoComplete="off" width="20" {...form.field("mobilePhone")} />
        <TextInput label="Other phone" type="tel" autoComplete="off" width="20" {...form.field("otherPhone")} />
        <TextInput label="Email address" type="email" autoComplete="off" spellCheck={false} {...form.field("email")} />
        <TextInput label="Address line 1" {...form.field("line1")} />
        <TextInput label="Address line 2 (optional)" {...form.field("line2")} />
        <TextInput label="Town or city" width="two-thirds" {...form.field("town")} />
        <TextInput label="Postcode" width="10" {...form.field("postcode")} />
        <Radios
          legend="How do they prefer to be contacted?"
          legendSize="s"
          items={contactChannels.map((c) => ({ value: c, text: channelLabels[c] }))}
          {...form.field("preferredChannel")}
        />
        <Radios
          legend="Have they agreed to be contacted?"
          legendSize="s"
          inline
          items={[
            { value: "yes", text: "Yes" },
            { value: "no", text: "No" },
          ]}
          {...form.field("consentToContact")}
        />
        <DateInput
          legend="When did they agree?"
          legendSize="s"
          hint="Only if they agreed. For example, 5 1 2026"
          {...form.bind("consentRecordedOn")}
        />
        <Checkboxes
          legend="Messages"
          legendSize="s"
          items={[{ value: "yes", text: "It is safe to leave a message" }]}
          {...form.field("safeToLeaveMessage")}
        />
        <Button disabled={change.isPending}>Save contact details</Button>
      </form>
    </section>
  );
}
