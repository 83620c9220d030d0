import fastifyCookie from "@fastify/cookie";
import fastifyHelmet from "@fastify/helmet";
import { appRouter, createContext, unexpectedErrorLog, type ApiConfig, type AppRouter, type CookieJar } from "@hearth/api";
import type { Db } from "@hearth/db";
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from "@trpc/server/adapters/fastify";
import Fastify, { type FastifyReply, type FastifyRequest } from "fastify";
import type { Redis } from "ioredis";
import { folderReturnFileStore, JobQueues, type ReturnFileStore } from "@hearth/jobs";
import { isCrossSite } from "./cross-site";
import { registerHealth } from "./health";
import { registerNotifyCallback } from "./notify-callback";
import { registerOpenReferral } from "./open-referral";
import { redisRateLimiter } from "./rate-limiter";
import { registerReturnDownloads } from "./return-downloads";
import { registerStaticApps } from "./static-apps";

export interface ServerOptions {
  db: Db;
  redis: Redis;
  config: ApiConfig;
  logLevel?: string;
  /** Where log lines go; standard output unless a test reads them. */
  logStream?: { write(line: string): void };
  trustProxy?: boolean;
  /** Tests move the clock to check session expiry. */
  now?: () => Date;
  /** Namespace of this deployment's keys in Redis (QUEUE_PREFIX). */
  redisPrefix?: string;
  /** Bearer token GOV.UK Notify sends with delivery receipts; no callback route without it. */
  notifyCallbackToken?: string;
  /** Where statutory return files are kept (RETURNS_DIR); the worker writes them there. */
  returnFiles?: ReturnFileStore;
}

/** Where a log line could carry what a person typed or a record holds. */
const loggedPersonalData = [
  "req.body",
  "req.query",
  "req.params",
  "body",
  "input",
  "err.message",
  "err.query",
  "err.parameters",
  "err.params",
  "err.detail",
  "err.cause",
  "*.firstName",
  "*.lastName",
  "*.carerName",
  "*.dateOfBirth",
  "*.postcode",
  "*.email",
  "*.mobile",
  "*.password",
];

function cookieJar(req: FastifyRequest, reply: FastifyReply, secure: boolean): CookieJar {
  const base = { path: "/", httpOnly: true, sameSite: "lax" as const, secure };
  return {
    get: (name) => req.cookies[name],
    set: (name, value, options) => void reply.setCookie(name, value, { ...base, maxAge: options.maxAgeSeconds }),
    clear: (name) => void reply.clearCookie(name, base),
  };
}

export async function buildServer(options: ServerOptions) {
  // Its own connection, auto-pipelined: the counts of requests arriving together go to Redis in
  // one write, not one each (the shared connection also carries BullMQ's scripts).
  const counting = options.redis.duplicate({ enableAutoPipelining: true });
  const rateLimiter = redisRateLimiter(counting, options.redisPrefix ?? "hearth");
  const jobs = new JobQueues({ connection: options.redis, prefix: options.redisPrefix ?? "hearth" });
  const app = Fastify({
    logger: {
      level: options.logLevel ?? "info",
      stream: options.logStream,
      // Request logs carry the path only: query strings and bodies may hold personal data.
      serializers: { req: (req: FastifyRequest) => ({ method: req.method, url: req.url.split("?")[0] }) },
      // And should anything log a request's input or an error whole, what a person typed is
      // removed before the line is written (issue 9).
      redact: { paths: loggedPersonalData, censor: "[removed]" },
    },
    trustProxy: options.trustProxy ?? false,
    routerOptions: { maxParamLength: 5000 },
    bodyLimit: 1024 * 1024,
  });

  const contextOf = (req: FastifyRequest, res: FastifyReply) =>
    createContext({
      db: options.db,
      config: options.config,
      meta: { ip: req.ip, userAgent: req.headers["user-agent"] ?? null, crossSite: isCrossSite(req), method: req.method },
      cookies: cookieJar(req, res, options.config.secureCookies),
      rateLimiter,
      jobs,
      now: options.now,
    });

  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: { "script-src": ["'self'"], "style-src": ["'self'"], "img-src": ["'self'", "data:"] },
    },
    // Same-origin only: nothing here is meant to be embedded by another site.
    crossOriginResourcePolicy: { policy: "same-origin" },
  });

  // tRPC's adapter reads the body as text and parses it itself: left to Fastify, the JSON would be
  // parsed, turned back into text by the adapter and parsed again, on every booking.
  await app.register(async (trpc) => {
    trpc.addContentTypeParser("application/json", { parseAs: "string" }, (_req, body, done) => done(null, body));
    await trpc.register(fastifyTRPCPlugin, {
      prefix: "/trpc",
      trpcOptions: {
        router: appRouter,
        // Queries may come as POSTs, so a search's personal details travel in the body, never the address.
        allowMethodOverride: true,
        createContext: ({ req, res }) => contextOf(req, res),
        // The id and the safe facts only: the error itself holds the statement and its parameters.
        onError({ error, path }) {
          if (error.code === "INTERNAL_SERVER_ERROR") app.log.error(unexpectedErrorLog(error, path), "procedure failed");
        },
      } satisfies FastifyTRPCPluginOptions<AppRouter>["trpcOptions"],
    });
  });

  registerHealth(app, { ...options, jobs });
  registerOpenReferral(app, { db: options.db, config: options.config, rateLimiter });
  registerReturnDownloads(app, { store: options.returnFiles ?? folderReturnFileStore(".data/returns"), context: contextOf });
  if (options.notifyCallbackToken) registerNotifyCallback(app, { db: options.db, token: options.notifyCallbackToken, now: options.now });
  app.addHook("onClose", async () => {
    await jobs.close();
    await counting.quit();
  });
  await registerStaticApps(app);
  return app;
}
