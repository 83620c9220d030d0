import { listLocalities } from "@hearth/db";
import type { AdviceRequestReference } from "@hearth/domain";
import type { Context } from "../context";

/** What the public form needs before it starts: the MASH line, the accepted email domains, the localities. Public, no personal data. */
export async function adviceRequestReference(ctx: Context): Promise<AdviceRequestReference> {
  const localities = await listLocalities(ctx.db);
  return {
    mash: ctx.config.lcss.mash,
    allowedEmailDomains: ctx.config.adviceRequests.allowedEmailDomains,
    localities: localities.map((l) => ({ id: l.id, name: l.name })),
  };
}
