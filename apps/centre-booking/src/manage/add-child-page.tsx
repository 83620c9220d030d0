import { bookingChildSchema } from "@hearth/domain";
import { BackLink, Button, DateInput, ErrorSummary, TextInput, usePageTitle, useSchemaForm, useTRPC } from "@hearth/ui";
import { useMutation } from "@tanstack/react-query";
import { ManageFrame } from "./manage-frame";
import type { OpenManageLink } from "./use-managed-booking";

export function AddChildPage() {
  return <ManageFrame>{(link) => <AddChildForm link={link} />}</ManageFrame>;
}

/** The server names a child's field by its place in the booking; here there is only one child. */
const ON_THIS_FORM = { "child.firstName": "firstName", "child.dateOfBirth": "dateOfBirth" };

function AddChildForm({ link }: { link: OpenManageLink }) {
  const trpc = useTRPC();
  const { token, linkTo, replace, showBooking } = link;
  const form = useSchemaForm({
    schema: bookingChildSchema,
    defaultValues: { firstName: "", dateOfBirth: "" },
    aliases: ON_THIS_FORM,
    // An empty date is a missing answer, not a wrong one, and GOV.UK asks for it by name.
    check: ({ dateOfBirth }) => ({ dateOfBirth: dateOfBirth ? undefined : "Enter the child’s date of birth" }),
  });
  const add = useMutation(trpc.bookings.manage.addChild.mutationOptions());
  const items = form.summary();
  usePageTitle("Add a child", { hasErrors: items.length > 0 });

  const submit = form.onSubmit(async (child) => {
    if (add.isPending) return;
    const next = await add.mutateAsync({ token, child });
    replace(next);
    showBooking(`${child.firstName.trim()} has been added to your booking`);
  });

  return (
    <>
      <BackLink to={linkTo("")} />
      <ErrorSummary items={items} focusKey={form.focusKey} />
      <h1 className="govuk-heading-l">Add a child</h1>
      <form noValidate onSubmit={submit}>
        <TextInput label="First name" autoComplete="off" spellCheck={false} {...form.field("firstName")} />
        <DateInput legend="Date of birth" legendSize="s" hint="For example, 27 3 2024" {...form.bind("dateOfBirth")} />
        <Button disabled={add.isPending}>Add child</Button>
      </form>
    </>
  );
}
