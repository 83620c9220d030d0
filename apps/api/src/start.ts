import { defaultApiConfig, parseCurrencyPeriods, type ApiConfig } from "@hearth/api";
import type { Db } from "@hearth/db";
import { folderReturnFileStore } from "@hearth/jobs";
import type { Redis } from "ioredis";
import type { ApiEnv } from "./env";
import { buildServer } from "./server";

export function apiConfigFrom(env: ApiEnv): ApiConfig {
  return {
    ...defaultApiConfig,
    sessionIdleMs: env.SESSION_IDLE_MINUTES * 60_000,
    sessionLifetimeMs: env.SESSION_LIFETIME_HOURS * 3_600_000,
    secureCookies: env.COOKIE_SECURE ?? env.NODE_ENV === "production",
    bookingChangesPerMinute: env.BOOKING_RATE_LIMIT_PER_MINUTE,
    bookingFairUsePerWeek: env.BOOKING_FAIR_USE_PER_WEEK,
    lcss: {
      mash: { name: env.MASH_NAME ?? defaultApiConfig.lcss.mash.name, phone: env.MASH_PHONE ?? defaultApiConfig.lcss.mash.phone },
      seniorConfirmationLevels: env.LCSS_SENIOR_CONFIRMATION_LEVELS ?? defaultApiConfig.lcss.seniorConfirmationLevels,
    },
    adviceRequests: {
      allowedEmailDomains: env.ADVICE_EMAIL_DOMAINS ?? defaultApiConfig.adviceRequests.allowedEmailDomains,
      perAddressPerHour: env.ADVICE_REQUESTS_PER_ADDRESS_PER_HOUR ?? defaultApiConfig.adviceRequests.perAddressPerHour,
      perEmailPerHour: env.ADVICE_REQUESTS_PER_EMAIL_PER_HOUR ?? defaultApiConfig.adviceRequests.perEmailPerHour,
    },
    taf: { reviewWeeks: env.TAF_REVIEW_WEEKS ?? defaultApiConfig.taf.reviewWeeks },
    fss: {
      visitCadence: {
        childProtectionWorkingDays: env.FSS_CP_VISIT_WORKING_DAYS ?? defaultApiConfig.fss.visitCadence.childProtectionWorkingDays,
        childInNeedDays: env.FSS_CIN_VISIT_DAYS ?? defaultApiConfig.fss.visitCadence.childInNeedDays,
      },
      reviewWeeks: env.FSS_REVIEW_WEEKS ?? defaultApiConfig.fss.reviewWeeks,
    },
    directory: { reviewMonths: env.DIRECTORY_REVIEW_MONTHS ?? defaultApiConfig.directory.reviewMonths },
    neet: { currencyPeriods: parseCurrencyPeriods(env.NEET_CURRENCY_MONTHS) },
  };
}

/** Builds and starts the API on an open database and Redis; returns the server to close later. */
export async function startApi(env: ApiEnv, deps: { db: Db; redis: Redis }) {
  const app = await buildServer({
    db: deps.db,
    redis: deps.redis,
    config: apiConfigFrom(env),
    logLevel: env.LOG_LEVEL,
    trustProxy: env.TRUST_PROXY,
    redisPrefix: env.QUEUE_PREFIX,
    notifyCallbackToken: env.NOTIFY_CALLBACK_TOKEN,
    returnFiles: folderReturnFileStore(env.RETURNS_DIR),
  });
  await app.listen({ host: env.HOST, port: env.PORT });
  return app;
}
