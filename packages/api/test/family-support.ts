import { createTestDatabase, type TestDatabase } from "@hearth/db/testing";
import { auditRows, signedInAs, type Client } from "./support";

/** A test database with one family made by the North LCSS worker: a child and their parent or carer. */
export interface FamilyFixture {
  t: TestDatabase;
  /** The North LCSS worker, who made the family and its members. */
  north: Client;
  familyId: string;
  childId: string;
  parentId: string;
  /** Adds a person to the index as the North worker, with the family's last name. */
  newPerson: (firstName: string, dateOfBirth: string) => Promise<string>;
  /** The allowed audit events of one action, oldest first. */
  rowsFor: (action: string) => Promise<Awaited<ReturnType<typeof auditRows>>>;
}

/**
 * The family record's tests start from the same household (issue 10 §3): this makes it, so each
 * test file says only what differs (the family's name, postcode and members' names).
 */
export async function familyFixture(family: {
  lastName: string;
  postcode?: string;
  child: { firstName: string; dateOfBirth: string };
  parent: { firstName: string; dateOfBirth: string };
}): Promise<FamilyFixture> {
  const t = await createTestDatabase();
  const north = await signedInAs(t.db, "lcss_worker");
  const newPerson = async (firstName: string, dateOfBirth: string) => {
    const result = await (
      await north.call()
    ).people.create({ firstName, lastName: family.lastName, dateOfBirth, postcode: family.postcode, confirmedNotDuplicate: true });
    if (result.status !== "created") throw new Error("expected a new person");
    return result.person.id;
  };
  const childId = await newPerson(family.child.firstName, family.child.dateOfBirth);
  const parentId = await newPerson(family.parent.firstName, family.parent.dateOfBirth);
  const { id: familyId } = await (
    await north.call()
  ).families.create({
    name: `${family.lastName} household`,
    postcode: family.postcode,
    members: [
      { personId: childId, role: "child" },
      { personId: parentId, role: "parent_carer" },
    ],
  });
  const rowsFor = async (action: string) => (await auditRows(t.db)).filter((r) => r.action === action && r.outcome === "allowed");
  return { t, north, familyId, childId, parentId, newPerson, rowsFor };
}
