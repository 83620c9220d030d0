import { bookingCreateSchema } from "@hearth/domain";
import { schemaOfFields, TextQuestion } from "@hearth/ui";
import { BookingQuestionPage } from "../booking/question-page";
import { useBookingStep } from "../booking/use-booking-step";

const question = "What is your postcode?";

export function PostcodePage() {
  const step = useBookingStep("postcode", {
    schema: schemaOfFields({ postcode: bookingCreateSchema.shape.postcode }),
    answers: (draft) => ({ postcode: draft.postcode }),
  });
  return (
    <BookingQuestionPage step={step} title={question}>
      <TextQuestion
        form={step.form}
        name="postcode"
        question={question}
        hint="It tells the centre which area families come from. For example, OX4 6JZ"
        autoComplete="postal-code"
        spellCheck={false}
        width="10"
      />
    </BookingQuestionPage>
  );
}
