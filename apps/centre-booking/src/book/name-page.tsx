import { bookingCreateSchema } from "@hearth/domain";
import { schemaOfFields, TextQuestion } from "@hearth/ui";
import { BookingQuestionPage } from "../booking/question-page";
import { useBookingStep } from "../booking/use-booking-step";

const question = "What is your full name?";

export function NamePage() {
  const step = useBookingStep("name", {
    schema: schemaOfFields({ carerName: bookingCreateSchema.shape.carerName }),
    answers: (draft) => ({ carerName: draft.carerName }),
  });
  return (
    <BookingQuestionPage step={step} title={question}>
      <TextQuestion
        form={step.form}
        name="carerName"
        question={question}
        hint="The parent or carer who will come to the session"
        autoComplete="name"
        spellCheck={false}
      />
    </BookingQuestionPage>
  );
}
