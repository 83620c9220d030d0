import {
  OPEN_REFERRAL_MAX_PER_PAGE,
  openReferralDownload,
  openReferralServiceById,
  openReferralServicePage,
  READS_PER_CHANGE,
  TOO_MANY_REQUESTS,
  type ApiConfig,
  type RateLimiter,
} from "@hearth/api";
import type { Db } from "@hearth/db";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";

const pageQuery = z.object({
  page: z.coerce
    .number({ error: "page must be a whole number from 1" })
    .int("page must be a whole number from 1")
    .min(1, "page must be a whole number from 1")
    .default(1),
  per_page: z.coerce
    .number({ error: `per_page must be a whole number from 1 to ${OPEN_REFERRAL_MAX_PER_PAGE}` })
    .int(`per_page must be a whole number from 1 to ${OPEN_REFERRAL_MAX_PER_PAGE}`)
    .min(1, `per_page must be a whole number from 1 to ${OPEN_REFERRAL_MAX_PER_PAGE}`)
    .max(OPEN_REFERRAL_MAX_PER_PAGE, `per_page must be a whole number from 1 to ${OPEN_REFERRAL_MAX_PER_PAGE}`)
    .default(50),
});

/**
 * The service directory in the Open Referral UK format (issue 15 §1), read-only and public, for
 * partners' and other councils' tools: `/openreferral/services` (paged), `/openreferral/services/:id`
 * and `/openreferral/download` (everything, as a file). Counted per client address with the other
 * public searches, and open to other sites (CORS), since reading it from elsewhere is the point.
 */
export function registerOpenReferral(app: FastifyInstance, deps: { db: Db; config: ApiConfig; rateLimiter: RateLimiter }) {
  const limited = async (req: FastifyRequest, reply: FastifyReply): Promise<boolean> => {
    const max = deps.config.bookingChangesPerMinute * READS_PER_CHANGE;
    if (await deps.rateLimiter.hit(`public-read:${req.ip}`, max, 60_000)) return false;
    await reply.code(429).send({ message: TOO_MANY_REQUESTS });
    return true;
  };
  const openToOtherSites = (reply: FastifyReply) =>
    reply.header("access-control-allow-origin", "*").header("cross-origin-resource-policy", "cross-origin");

  app.get("/openreferral/services", async (req, reply) => {
    if (await limited(req, reply)) return reply;
    const query = pageQuery.safeParse(req.query);
    openToOtherSites(reply);
    if (!query.success) return reply.code(400).send({ message: query.error.issues[0]!.message });
    return openReferralServicePage(deps.db, { page: query.data.page, perPage: query.data.per_page });
  });

  app.get<{ Params: { id: string } }>("/openreferral/services/:id", async (req, reply) => {
    if (await limited(req, reply)) return reply;
    openToOtherSites(reply);
    const id = z.uuid().safeParse(req.params.id);
    const service = id.success ? await openReferralServiceById(deps.db, id.data) : null;
    if (!service) return reply.code(404).send({ message: "No service was found" });
    return service;
  });

  app.get("/openreferral/download", async (req, reply) => {
    if (await limited(req, reply)) return reply;
    openToOtherSites(reply);
    reply.header("content-disposition", 'attachment; filename="service-directory-open-referral-uk.json"');
    return openReferralDownload(deps.db);
  });
}
