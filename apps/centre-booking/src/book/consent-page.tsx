import { bookingCreateSchema } from "@hearth/domain";
import { Radios, schemaOfFields } from "@hearth/ui";
import { BookingQuestionPage } from "../booking/question-page";
import { useBookingStep } from "../booking/use-booking-step";

const question = "Can the centre contact you about other sessions and support?";

export function ConsentPage() {
  const step = useBookingStep("consent", {
    schema: schemaOfFields({ consentToContact: bookingCreateSchema.shape.consentToContact }),
    answers: (draft) => ({ consentToContact: draft.consentToContact }),
    toInput: ({ consentToContact: answer }) => ({
      consentToContact: answer === "" ? undefined : answer === "yes",
    }),
  });
  return (
    <BookingQuestionPage step={step} title={question}>
      <Radios
        legend={question}
        legendSize="l"
        isPageHeading
        hint="We will always tell you about this booking. You can change your mind at any time."
        inline
        items={[
          { value: "yes", text: "Yes" },
          { value: "no", text: "No" },
        ]}
        {...step.form.field("consentToContact")}
      />
    </BookingQuestionPage>
  );
}
