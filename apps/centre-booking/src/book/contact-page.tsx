import { bookingCreateSchema } from "@hearth/domain";
import { TextInput } from "@hearth/ui";
import { useState } from "react";
import type { BookingDraft } from "../booking/booking-draft";
import { ControlledRadios } from "../booking/controlled-radios";
import { issuesToErrors, type FieldErrorMap } from "../booking/field-errors";
import { QuestionPage } from "../booking/question-page";
import { useBookingStep } from "../booking/use-booking-step";

type Contact = Pick<BookingDraft, "mobile" | "email" | "preferredChannel">;
const { shape } = bookingCreateSchema;

function checkContact(contact: Contact): FieldErrorMap {
  const errors: FieldErrorMap = {};
  for (const field of ["mobile", "email", "preferredChannel"] as const) {
    const parsed = shape[field].safeParse(contact[field] === "" ? undefined : contact[field]);
    if (!parsed.success) Object.assign(errors, issuesToErrors(parsed.error.issues, [field]));
  }
  // The schema checks this across fields only once the whole form is filled in, so this page
  // asks for the missing detail itself, in the words the server would use.
  if (contact.preferredChannel === "sms" && !contact.mobile.trim())
    errors.mobile ??= "Enter a mobile number so we can text you";
  if (contact.preferredChannel === "email" && !contact.email.trim())
    errors.email ??= "Enter an email address so we can email you";
  return errors;
}

export function ContactPage() {
  const step = useBookingStep("contact");
  const [contact, setContact] = useState<Contact>({
    mobile: step.draft.mobile,
    email: step.draft.email,
    preferredChannel: step.draft.preferredChannel,
  });
  const set = (changes: Partial<Contact>) => setContact((c) => ({ ...c, ...changes }));
  return (
    <QuestionPage
      title="How can we contact you?"
      heading="How can we contact you?"
      backTo={step.backTo}
      session={step.session}
      errors={step.errors}
      attempts={step.attempts}
      onSubmit={() => step.submit(contact, () => checkContact(contact))}
    >
      <p className="govuk-body">We send your booking details and a link to change or cancel it. Give a mobile number, an email address or both.</p>
      <TextInput
        name="mobile"
        label="UK mobile number"
        type="tel"
        autoComplete="tel"
        width="20"
        error={step.errors.mobile}
        value={contact.mobile}
        onChange={(e) => set({ mobile: e.target.value })}
      />
      <TextInput
        name="email"
        label="Email address"
        type="email"
        autoComplete="email"
        spellCheck={false}
        error={step.errors.email}
        value={contact.email}
        onChange={(e) => set({ email: e.target.value })}
      />
      <ControlledRadios
        name="preferredChannel"
        legend="How should we send your booking details?"
        error={step.errors.preferredChannel}
        items={[
          { value: "sms", text: "Text message" },
          { value: "email", text: "Email" },
        ]}
        value={contact.preferredChannel}
        onChange={(value) => set({ preferredChannel: value as Contact["preferredChannel"] })}
      />
    </QuestionPage>
  );
}
