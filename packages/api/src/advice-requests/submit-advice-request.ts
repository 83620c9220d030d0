import { insertAdviceRequest, localityForAdvice } from "@hearth/db";
import { isAllowedWorkEmail, notAllowedEmailMessage, type AdviceRequestSubmit } from "@hearth/domain";
import type { Context } from "../context";
import { audit, fieldError } from "../trpc";
import { limitPerAddress, limitPerEmail } from "./limits";

/**
 * A professional's request, saved but in no queue until they open the link sent to their work
 * email. The answer is the same for every accepted request, so it tells nobody whether an
 * address or a child is known. The worker makes the link, so the token never passes through Redis.
 */
export async function submitAdviceRequest(ctx: Context, input: AdviceRequestSubmit): Promise<{ emailSent: true }> {
  await limitPerAddress(ctx, "submit");
  const { allowedEmailDomains } = ctx.config.adviceRequests;
  if (!isAllowedWorkEmail(input.email, allowedEmailDomains)) throw fieldError("email", notAllowedEmailMessage(allowedEmailDomains));
  await limitPerEmail(ctx, input.email);
  const locality = await localityForAdvice(ctx.db, input.localityId);
  if (!locality) throw fieldError("localityId", "Choose the locality where the child lives");

  const request = await ctx.db.transaction(async (tx) => {
    const row = await insertAdviceRequest(tx, {
      professionalName: input.name,
      professionalRole: input.role,
      organisation: input.organisation,
      email: input.email,
      childKind: input.childKind,
      childName: input.childKind === "named" ? (input.childName ?? null) : null,
      consentGiven: input.childKind === "named" && input.consentGiven === true,
      childAge: input.childAge,
      childSetting: input.childSetting ?? null,
      localityId: locality.id,
      areaId: locality.areaId,
      concern: input.concern,
      tried: input.tried,
    });
    // No names or addresses in the audit detail: the row itself is the record of what was asked.
    await audit(ctx, tx, { action: "adviceRequests.submit", entityType: "advice_request", entityId: row.id, detail: { childKind: input.childKind } });
    return row;
  });
  await ctx.jobs?.enqueue("adviceRequests.send-confirmation", { adviceRequestId: request.id });
  return { emailSent: true };
}
