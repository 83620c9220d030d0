import { bookingChildAgeProblem, bookingChildSchema, londonDateOf, MAX_CHILDREN_PER_BOOKING } from "@hearth/domain";
import { Button, DateInput, Fieldset, schemaOfFields, TextInput } from "@hearth/ui";
import type { DraftChild } from "../booking/booking-draft";
import { BookingQuestionPage } from "../booking/question-page";
import type { PublicSession } from "../booking/session-types";
import { useBookingStep } from "../booking/use-booking-step";

const emptyChild: DraftChild = { firstName: "", dateOfBirth: "" };

/**
 * Each child's answers, and whether the child is the age the session is for on its day, by the
 * rule and in the words the server uses: a family learns it here, not after five more pages.
 */
function checkChildren(children: DraftChild[], session: PublicSession | undefined): Record<string, string> {
  const today = londonDateOf(new Date());
  const found: Record<string, string> = {};
  children.forEach((child, i) => {
    const parsed = schemaOfFields({ firstName: bookingChildSchema.shape.firstName, dateOfBirth: bookingChildSchema.shape.dateOfBirth }).safeParse(
      child,
    );
    for (const issue of parsed.success ? [] : parsed.error.issues) found[`children.${i}.${issue.path.map(String).join(".")}`] ??= issue.message;
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
  });
  return found;
}

/** Who is coming: each child's first name and date of birth, so the centre can check the ages. */
export function ChildrenPage() {
  const step = useBookingStep("children", {
    // Every child is checked by the domain's child schema, in `check`, with its place in the list.
    schema: schemaOfFields({}),
    answers: (draft) => ({ children: draft.children.length ? draft.children : [emptyChild] }),
    check: ({ children }, _parsed, session) => checkChildren(children, session),
  });
  const { form } = step;
  const children = form.values.children;
  const setChildren = (list: DraftChild[]) => form.set("children", list);

  return (
    <BookingQuestionPage step={step} title="Who is coming?" heading="Who is coming?">
      <p className="govuk-body">We ask for each child’s date of birth to check the session is right for their age.</p>
      {children.map((_, i) => (
        <Fieldset key={i} legend={`Child ${i + 1}`} legendSize="m">
          <TextInput label="First name" autoComplete="off" spellCheck={false} {...form.bind(`children.${i}.firstName`)} />
          <DateInput legend="Date of birth" legendSize="s" hint="For example, 27 3 2024" {...form.bind(`children.${i}.dateOfBirth`)} />
          {children.length > 1 && (
            <Button type="button" variant="secondary" onClick={() => setChildren(children.filter((__, j) => j !== i))}>
              Remove<span className="govuk-visually-hidden"> child {i + 1}</span>
            </Button>
          )}
        </Fieldset>
      ))}
      {children.length < MAX_CHILDREN_PER_BOOKING && (
        <p className="govuk-body">
          <Button type="button" variant="secondary" onClick={() => setChildren([...children, emptyChild])}>
            Add another child
          </Button>
        </p>
      )}
    </BookingQuestionPage>
  );
}
