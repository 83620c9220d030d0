import { bookingCreateSchema } from "@hearth/domain";
import { TextQuestionPage } from "./text-question-page";

export function PostcodePage() {
  return (
    <TextQuestionPage
      step="postcode"
      field="postcode"
      question="What is your postcode?"
      hint="It tells the centre which area families come from. For example, OX4 6JZ"
      schema={bookingCreateSchema.shape.postcode}
      autoComplete="postal-code"
      width="10"
    />
  );
}
