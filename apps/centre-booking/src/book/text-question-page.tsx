import { TextInput } from "@hearth/ui";
import { useState, type ComponentProps } from "react";
import { issuesToErrors } from "../booking/field-errors";
import { QuestionPage } from "../booking/question-page";
import { useBookingStep } from "../booking/use-booking-step";
import type { BookingStep } from "../booking/paths";

interface Schema {
  safeParse(value: unknown): { success: true } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
}

/** A page asking one thing in one text box, its label the page heading. */
export function TextQuestionPage({
  step: stepName,
  field,
  question,
  schema,
  hint,
  autoComplete,
  width,
}: {
  step: BookingStep;
  field: "carerName" | "postcode";
  question: string;
  schema: Schema;
  hint?: string;
  autoComplete: string;
  width?: ComponentProps<typeof TextInput>["width"];
}) {
  const step = useBookingStep(stepName);
  const [value, setValue] = useState(step.draft[field]);
  const validate = () => {
    const parsed = schema.safeParse(value);
    return parsed.success ? {} : issuesToErrors(parsed.error.issues, [field]);
  };
  return (
    <QuestionPage
      title={question}
      backTo={step.backTo}
      session={step.session}
      errors={step.errors}
      attempts={step.attempts}
      onSubmit={() => step.submit({ [field]: value }, validate)}
    >
      <TextInput
        name={field}
        label={question}
        labelSize="l"
        isPageHeading
        hint={hint}
        autoComplete={autoComplete}
        spellCheck={false}
        width={width}
        error={step.errors[field]}
        value={value}
        onChange={(e) => setValue(e.target.value)}
      />
    </QuestionPage>
  );
}
