import { bookingCreateSchema } from "@hearth/domain";
import { useState } from "react";
import type { BookingDraft } from "../booking/booking-draft";
import { ControlledRadios } from "../booking/controlled-radios";
import { issuesToErrors } from "../booking/field-errors";
import { QuestionPage } from "../booking/question-page";
import { useBookingStep } from "../booking/use-booking-step";

const question = "Can the centre contact you about other sessions and support?";

export function ConsentPage() {
  const step = useBookingStep("consent");
  const [answer, setAnswer] = useState(step.draft.consentToContact);
  const validate = () => {
    const parsed = bookingCreateSchema.shape.consentToContact.safeParse(answer === "" ? undefined : answer === "yes");
    return parsed.success ? {} : issuesToErrors(parsed.error.issues, ["consentToContact"]);
  };
  return (
    <QuestionPage
      title={question}
      backTo={step.backTo}
      session={step.session}
      errors={step.errors}
      attempts={step.attempts}
      onSubmit={() => step.submit({ consentToContact: answer }, validate)}
    >
      <ControlledRadios
        name="consentToContact"
        legend={question}
        isPageHeading
        hint="We will always tell you about this booking. You can change your mind at any time."
        inline
        error={step.errors.consentToContact}
        items={[
          { value: "yes", text: "Yes" },
          { value: "no", text: "No" },
        ]}
        value={answer}
        onChange={(value) => setAnswer(value as BookingDraft["consentToContact"])}
      />
    </QuestionPage>
  );
}
