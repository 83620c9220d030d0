import { bookingChildSchema } from "@hearth/domain";
import {
  BackLink,
  Button,
  DateInput,
  ErrorSummary,
  serverFieldErrors,
  serverFormErrors,
  TextInput,
  usePageTitle,
  useTRPC,
} from "@hearth/ui";
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { issuesToErrors, summaryItems, type FieldErrorMap } from "../booking/field-errors";
import { ManageFrame } from "./manage-frame";
import type { OpenManageLink } from "./use-managed-booking";

export function AddChildPage() {
  return <ManageFrame>{(link) => <AddChildForm link={link} />}</ManageFrame>;
}

/** The server names a child's field by its place in the booking; here there is only one child. */
function onThisForm(errors: FieldErrorMap): FieldErrorMap {
  const mapped: FieldErrorMap = {};
  for (const [field, message] of Object.entries(errors)) {
    const name = field.endsWith("firstName")
      ? "firstName"
      : field.endsWith("dateOfBirth")
        ? "dateOfBirth"
        : field;
    mapped[name] ??= message;
  }
  return mapped;
}

function AddChildForm({ link }: { link: OpenManageLink }) {
  const trpc = useTRPC();
  const { token, linkTo, replace, showBooking } = link;
  const [child, setChild] = useState({ firstName: "", dateOfBirth: "" });
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [formMessages, setFormMessages] = useState<string[]>([]);
  const [attempts, setAttempts] = useState(0);
  const add = useMutation(
    trpc.bookings.manage.addChild.mutationOptions({
      onSuccess: (next) => {
        replace(next);
        showBooking(`${child.firstName.trim()} has been added to your booking`);
      },
      onError: (error) => {
        setErrors(onThisForm(serverFieldErrors(error)));
        setFormMessages(
          Object.keys(serverFieldErrors(error)).length ? [] : serverFormErrors(error),
        );
        setAttempts((n) => n + 1);
      },
    }),
  );
  const items = summaryItems(errors, formMessages);
  usePageTitle("Add a child", { hasErrors: items.length > 0 });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = bookingChildSchema.safeParse(child);
    const found = parsed.success ? {} : issuesToErrors(parsed.error.issues);
    if (!child.dateOfBirth) found.dateOfBirth = "Enter the child’s date of birth";
    setFormMessages([]);
    setErrors(found);
    setAttempts((n) => n + 1);
    if (parsed.success && !add.isPending) add.mutate({ token, child: parsed.data });
  };

  return (
    <>
      <BackLink to={linkTo("")} />
      <ErrorSummary items={items} focusKey={attempts} />
      <h1 className="govuk-heading-l">Add a child</h1>
      <form noValidate onSubmit={submit}>
        <TextInput
          name="firstName"
          label="First name"
          autoComplete="off"
          spellCheck={false}
          error={errors.firstName}
          value={child.firstName}
          onChange={(e) => setChild((c) => ({ ...c, firstName: e.target.value }))}
        />
        <DateInput
          name="dateOfBirth"
          legend="Date of birth"
          legendSize="s"
          hint="For example, 27 3 2024"
          error={errors.dateOfBirth}
          value={child.dateOfBirth}
          onChange={(dateOfBirth) => setChild((c) => ({ ...c, dateOfBirth }))}
        />
        <Button disabled={add.isPending}>Add child</Button>
      </form>
    </>
  );
}
