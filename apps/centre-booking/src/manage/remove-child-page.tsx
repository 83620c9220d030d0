import {
  BackLink,
  Button,
  ErrorSummary,
  serverFormErrors,
  usePageTitle,
  useTRPC,
} from "@hearth/ui";
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { ControlledRadios } from "../booking/controlled-radios";
import { summaryItems, type FieldErrorMap } from "../booking/field-errors";
import { ManageFrame } from "./manage-frame";
import type { OpenManageLink } from "./use-managed-booking";

const question = "Which child is no longer coming?";

export function RemoveChildPage() {
  return <ManageFrame>{(link) => <RemoveChildForm link={link} />}</ManageFrame>;
}

function RemoveChildForm({ link }: { link: OpenManageLink }) {
  const trpc = useTRPC();
  const { token, booking, linkTo, replace, showBooking } = link;
  // The child is chosen on the page, not put in the address, so no one's details reach a URL.
  const [childId, setChildId] = useState("");
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [attempts, setAttempts] = useState(0);
  const remove = useMutation(
    trpc.bookings.manage.removeChild.mutationOptions({
      onSuccess: (next) => {
        const name = booking.children.find((c) => c.id === childId)?.firstName ?? "The child";
        replace(next);
        showBooking(`${name} has been removed from your booking`);
      },
    }),
  );
  const items = summaryItems(errors, serverFormErrors(remove.error));
  usePageTitle(question, { hasErrors: items.length > 0 });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempts((n) => n + 1);
    if (!childId) return setErrors({ childId: "Choose the child who is no longer coming" });
    setErrors({});
    if (!remove.isPending) remove.mutate({ token, childId });
  };

  return (
    <>
      <BackLink to={linkTo("")} />
      <ErrorSummary items={items} focusKey={attempts} />
      <form noValidate onSubmit={submit}>
        <ControlledRadios
          name="childId"
          legend={question}
          isPageHeading
          error={errors.childId}
          items={booking.children.map((child) => ({ value: child.id, text: child.firstName }))}
          value={childId}
          onChange={setChildId}
        />
        <Button disabled={remove.isPending}>Remove child</Button>
      </form>
    </>
  );
}
