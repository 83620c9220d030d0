import { bookingRemoveChildSchema } from "@hearth/domain";
import { BackLink, Button, ErrorSummary, Radios, usePageTitle, useSchemaForm, useTRPC } from "@hearth/ui";
import { useMutation } from "@tanstack/react-query";
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
  const form = useSchemaForm({
    schema: bookingRemoveChildSchema,
    defaultValues: { childId: "" },
    toInput: ({ childId }) => ({ token, childId }),
    check: ({ childId }) => ({ childId: childId ? undefined : "Choose the child who is no longer coming" }),
  });
  const remove = useMutation(trpc.bookings.manage.removeChild.mutationOptions());
  const items = form.summary();
  usePageTitle(question, { hasErrors: items.length > 0 });

  const submit = form.onSubmit(async (input) => {
    if (remove.isPending) return;
    const next = await remove.mutateAsync(input);
    const name = booking.children.find((c) => c.id === input.childId)?.firstName ?? "The child";
    replace(next);
    showBooking(`${name} has been removed from your booking`);
  });

  return (
    <>
      <BackLink to={linkTo("")} />
      <ErrorSummary items={items} focusKey={form.focusKey} />
      <form noValidate onSubmit={submit}>
        <Radios
          legend={question}
          legendSize="l"
          isPageHeading
          items={booking.children.map((child) => ({ value: child.id, text: child.firstName }))}
          {...form.field("childId")}
        />
        <Button disabled={remove.isPending}>Remove child</Button>
      </form>
    </>
  );
}
