import {
  bookingChildAgeProblem,
  bookingChildSchema,
  londonDateOf,
  MAX_CHILDREN_PER_BOOKING,
} from "@hearth/domain";
import { Button, DateInput, Fieldset, TextInput } from "@hearth/ui";
import { useState } from "react";
import type { DraftChild } from "../booking/booking-draft";
import { fieldId, issuesToErrors, type FieldErrorMap } from "../booking/field-errors";
import { QuestionPage } from "../booking/question-page";
import type { PublicSession } from "../booking/session-types";
import { useBookingStep } from "../booking/use-booking-step";

const emptyChild: DraftChild = { firstName: "", dateOfBirth: "" };

/**
 * Each child's answers, and whether the child is the age the session is for on its day, by the
 * rule and in the words the server uses: a family learns it here, not after five more pages.
 */
function checkChildren(children: DraftChild[], session: PublicSession | undefined): FieldErrorMap {
  const today = londonDateOf(new Date());
  return children.reduce<FieldErrorMap>((errors, child, i) => {
    const parsed = bookingChildSchema.safeParse(child);
    const found = parsed.success ? {} : issuesToErrors(parsed.error.issues, ["children", i]);
    // An empty date is a missing answer, not a wrong one, and GOV.UK asks for it by name.
    if (!child.dateOfBirth) found[`children.${i}.dateOfBirth`] = "Enter the child’s date of birth";
    if (parsed.success && session) {
      const type = {
        code: session.type.code,
        name: session.type.name,
        ageRule: session.type.ageRule,
        carerMustStay: session.type.carerMustStay,
      };
      const problem = bookingChildAgeProblem(type, parsed.data, session.date, today);
      if (problem) found[`children.${i}.dateOfBirth`] = problem;
    }
    return { ...errors, ...found };
  }, {});
}

/** Who is coming: each child's first name and date of birth, so the centre can check the ages. */
export function ChildrenPage() {
  const step = useBookingStep("children");
  const { draft } = step;
  const [children, setChildren] = useState(draft.children.length ? draft.children : [emptyChild]);
  const change = (index: number, changes: Partial<DraftChild>) =>
    setChildren((list) => list.map((child, i) => (i === index ? { ...child, ...changes } : child)));
  const remove = (index: number) => setChildren((list) => list.filter((_, i) => i !== index));

  return (
    <QuestionPage
      title="Who is coming?"
      heading="Who is coming?"
      backTo={step.backTo}
      session={step.session}
      errors={step.errors}
      attempts={step.attempts}
      onSubmit={() => step.submit({ children }, () => checkChildren(children, step.session.data))}
    >
      <p className="govuk-body">
        We ask for each child’s date of birth to check the session is right for their age.
      </p>
      {children.map((child, i) => {
        const name = (field: keyof DraftChild) => fieldId(`children.${i}.${field}`);
        return (
          <Fieldset key={i} legend={`Child ${i + 1}`} legendSize="m">
            <TextInput
              name={name("firstName")}
              label="First name"
              autoComplete="off"
              spellCheck={false}
              error={step.errors[`children.${i}.firstName`]}
              value={child.firstName}
              onChange={(e) => change(i, { firstName: e.target.value })}
            />
            <DateInput
              name={name("dateOfBirth")}
              legend="Date of birth"
              legendSize="s"
              hint="For example, 27 3 2024"
              error={step.errors[`children.${i}.dateOfBirth`]}
              value={child.dateOfBirth}
              onChange={(dateOfBirth) => change(i, { dateOfBirth })}
            />
            {children.length > 1 && (
              <Button type="button" variant="secondary" onClick={() => remove(i)}>
                Remove<span className="govuk-visually-hidden"> child {i + 1}</span>
              </Button>
            )}
          </Fieldset>
        );
      })}
      {children.length < MAX_CHILDREN_PER_BOOKING && (
        <p className="govuk-body">
          <Button
            type="button"
            variant="secondary"
            onClick={() => setChildren((list) => [...list, emptyChild])}
          >
            Add another child
          </Button>
        </p>
      )}
    </QuestionPage>
  );
}
