import { randomUUID } from "node:crypto";
import { hashToken, insertAdviceRequest, newToken, queueAdviceRequest, schema, type Db } from "@hearth/db";
import type { AdviceRequestSubmit } from "@hearth/domain";
import { eq } from "drizzle-orm";

/** A locality in the area, for requests that should land in that area's queue. */
export async function localityIn(db: Db, areaId: string): Promise<string> {
  const [locality] = await db.select({ id: schema.localities.id }).from(schema.localities).where(eq(schema.localities.areaId, areaId)).limit(1);
  return locality!.id;
}

/** A whole no-names request as the check-answers page sends it, from a fresh school address each time. */
export function adviceInput(localityId: string, changes: Partial<AdviceRequestSubmit> = {}): AdviceRequestSubmit {
  return {
    immediateRisk: false,
    name: "Dana Mills",
    role: "Designated safeguarding lead",
    organisation: "Cherwell Primary School",
    email: `dsl-${randomUUID().slice(0, 8)}@cherwell.oxon.sch.uk`,
    childKind: "no_names",
    childAge: 8,
    childSetting: "Cherwell Primary School",
    localityId,
    concern: "Often hungry and tired; late most mornings.",
    tried: "Breakfast club place offered.",
    ...changes,
  };
}

/** The stored request a professional's form becomes, as the procedure writes it. */
async function storedRequest(db: Db, areaId: string) {
  const input = adviceInput(await localityIn(db, areaId));
  return {
    professionalName: input.name,
    professionalRole: input.role,
    organisation: input.organisation,
    email: input.email,
    childKind: "no_names" as const,
    childAge: input.childAge,
    localityId: input.localityId,
    areaId,
    concern: input.concern,
    tried: input.tried,
  };
}

/** A request in the database with a working link, as if the worker had just emailed it: the link's token. */
export async function pendingAdviceLink(db: Db, areaId: string, expiresAt = new Date(Date.now() + 3_600_000)): Promise<string> {
  const token = newToken();
  await insertAdviceRequest(db, { ...(await storedRequest(db, areaId)), tokenHash: hashToken(token), tokenExpiresAt: expiresAt });
  return token;
}

/** A confirmed request waiting in the area's queue, nobody having picked it up: the consultation's id. */
export async function onlineConsultation(db: Db, areaId: string): Promise<string> {
  const request = await insertAdviceRequest(db, await storedRequest(db, areaId));
  return (await queueAdviceRequest(db, request, new Date())).id;
}
