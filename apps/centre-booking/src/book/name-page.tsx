import { bookingCreateSchema } from "@hearth/domain";
import { TextQuestionPage } from "./text-question-page";

export function NamePage() {
  return (
    <TextQuestionPage
      step="name"
      field="carerName"
      question="What is your full name?"
      hint="The parent or carer who will come to the session"
      schema={bookingCreateSchema.shape.carerName}
      autoComplete="name"
    />
  );
}
