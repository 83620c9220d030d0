import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply } from "fastify";

const here = dirname(fileURLToPath(import.meta.url));
const appsDir = join(here, "..", "..");

/** Each single-page app, the path it is served under and where its build lands. */
export const spas = [
  { prefix: "/lcss/", dist: join(appsDir, "lcss-portal", "dist") },
  { prefix: "/fss/", dist: join(appsDir, "fss-casework", "dist") },
  { prefix: "/centres/", dist: join(appsDir, "centre-booking", "dist") },
];

const require = createRequire(import.meta.url);

function govukDist(): string {
  return join(dirname(require.resolve("govuk-frontend/package.json")), "dist", "govuk");
}

/** MOJ Frontend's built files; its CSS asks for its icons at /assets/images/, beside GOV.UK's. */
function mojDist(): string {
  return join(dirname(require.resolve("@ministryofjustice/frontend/package.json")), "moj");
}

/**
 * Serves the landing page, GOV.UK Frontend's and MOJ Frontend's fonts and images, and the built
 * apps, so the whole platform answers on one port. Any unknown path inside an app returns its index.html, letting the
 * app's router handle deep links and the back button.
 */
export async function registerStaticApps(app: FastifyInstance) {
  const govuk = govukDist();
  // Both packages keep their files under assets/ with different names, so one prefix serves both:
  // GOV.UK's are looked for first, then MOJ's (the staff apps' filter and tag icons).
  await app.register(fastifyStatic, {
    root: [join(govuk, "assets"), join(mojDist(), "assets")],
    prefix: "/assets/",
    decorateReply: true,
  });
  app.get("/assets/govuk-frontend.min.css", (_req, reply) => reply.sendFile("govuk-frontend.min.css", govuk));
  app.get("/", (_req, reply) => reply.sendFile("index.html", join(here, "..", "public")));

  for (const spa of spas) {
    if (!existsSync(join(spa.dist, "index.html"))) {
      app.log.warn(`${spa.prefix} is not built yet: run pnpm build`);
      continue;
    }
    await app.register(fastifyStatic, {
      root: spa.dist,
      prefix: spa.prefix,
      decorateReply: false,
      wildcard: false,
      // The app's index.html is served below, uncached, for the prefix and every deep link.
      index: false,
      // Vite puts a content hash in every asset name, so they can be cached for good.
      setHeaders: (res, path) => {
        if (path.includes("/assets/")) res.setHeader("cache-control", "public, max-age=31536000, immutable");
      },
    });
    const index = (_req: unknown, reply: FastifyReply) => reply.header("cache-control", "no-cache").sendFile("index.html", spa.dist);
    app.get(spa.prefix, index);
    app.get(`${spa.prefix}*`, index);
    app.get(spa.prefix.slice(0, -1), (_req, reply) => reply.redirect(spa.prefix));
  }
}
