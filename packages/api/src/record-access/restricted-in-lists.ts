import { accessFactsOf, childrenOfBookings, type Db } from "@hearth/db";
import { restrictedRecordMessage } from "@hearth/domain";

/** Who is reading a list: the signed-in member of staff and the request's clock. */
interface Reader {
  staff: { id: string };
  now: () => Date;
}

/**
 * The one rule for every staff list that names people (registers, a session's bookings, the
 * cancel-a-booking page, families to check, messages): a restricted person is shown to staff not
 * named on the restriction only as "Restricted record: contact …", wherever the list comes from
 * and whatever area or centre it belongs to. Answers, for the people in the list this reader may
 * not see, what they are to be told instead. Lists call this rather than reading restrictions
 * themselves, so a new list cannot forget a rule it never had to write.
 */
export async function hiddenFromReader(reader: Reader, db: Db, personIds: readonly string[]): Promise<Map<string, string>> {
  const facts = await accessFactsOf(db, [...new Set(personIds)], reader.staff.id, reader.now());
  const hidden = new Map<string, string>();
  for (const [personId, fact] of facts)
    if (fact.restriction && !fact.restriction.allowedStaffIds.includes(reader.staff.id))
      hidden.set(personId, restrictedRecordMessage(fact.restriction.contact));
  return hidden;
}

/**
 * A person in a list as this reader may see them: unchanged, or with every detail that could
 * name them replaced. The id stays, so a register can still be marked for a child who came.
 */
export function shownPerson<T extends { personId: string; firstName: string; lastName: string; dateOfBirth: string }>(
  person: T,
  hidden: Map<string, string>,
): T & { restricted: boolean } {
  const message = hidden.get(person.personId);
  if (message === undefined) return { ...person, restricted: false };
  return { ...person, firstName: message, lastName: "", dateOfBirth: "", restricted: true };
}

/**
 * The bookings this reader may not see the family's details of, because a child on them is hidden:
 * the carer's name and contact details would name the child as surely as the child's own name.
 */
export async function bookingsHidingChildren(reader: Reader, db: Db, bookingIds: readonly string[]): Promise<Map<string, string>> {
  const children = await childrenOfBookings(db, [...new Set(bookingIds)]);
  const hidden = await hiddenFromReader(
    reader,
    db,
    children.map((c) => c.personId),
  );
  const bookings = new Map<string, string>();
  for (const child of children) {
    const message = hidden.get(child.personId);
    if (message !== undefined && !bookings.has(child.bookingId)) bookings.set(child.bookingId, message);
  }
  return bookings;
}
