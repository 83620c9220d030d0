import { bookingCreateSchema } from "@hearth/domain";
import { Radios, schemaOfFields, TextInput } from "@hearth/ui";
import { BookingQuestionPage } from "../booking/question-page";
import { useBookingStep } from "../booking/use-booking-step";

const { shape } = bookingCreateSchema;
const blankIsNoAnswer = (text: string) => (text === "" ? undefined : text);

export function ContactPage() {
  const step = useBookingStep("contact", {
    schema: schemaOfFields({ mobile: shape.mobile, email: shape.email, preferredChannel: shape.preferredChannel }),
    answers: ({ mobile, email, preferredChannel }) => ({ mobile, email, preferredChannel }),
    toInput: ({ mobile, email, preferredChannel }) => ({
      mobile: blankIsNoAnswer(mobile),
      email: blankIsNoAnswer(email),
      preferredChannel: blankIsNoAnswer(preferredChannel),
    }),
    // The schema checks this across fields only once the whole form is filled in, so this page
    // asks for the missing detail itself, in the words the server would use.
    check: (contact) => ({
      mobile: contact.preferredChannel === "sms" && !contact.mobile.trim() ? "Enter a mobile number so we can text you" : undefined,
      email: contact.preferredChannel === "email" && !contact.email.trim() ? "Enter an email address so we can email you" : undefined,
    }),
  });
  const { form } = step;
  return (
    <BookingQuestionPage step={step} title="How can we contact you?" heading="How can we contact you?">
      <p className="govuk-body">We send your booking details and a link to change or cancel it. Give a mobile number, an email address or both.</p>
      <TextInput label="UK mobile number" type="tel" autoComplete="tel" width="20" {...form.field("mobile")} />
      <TextInput label="Email address" type="email" autoComplete="email" spellCheck={false} {...form.field("email")} />
      <Radios
        legend="How should we send your booking details?"
        legendSize="m"
        items={[
          { value: "sms", text: "Text message" },
          { value: "email", text: "Email" },
        ]}
        {...form.field("preferredChannel")}
      />
    </BookingQuestionPage>
  );
}
