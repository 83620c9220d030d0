import { currencyMonthsSettingSchema } from "@hearth/api";
import { parseEnv } from "@hearth/jobs";
import { z } from "zod";

const bool = z.enum(["true", "false", "1", "0"], { error: "must be true or false" }).transform((v) => v === "true" || v === "1");

/** Every setting the API reads, checked once at start; a bad value stops it with the variable's name. */
export const apiEnvSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  HOST: z.string().default("127.0.0.1"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgres:// URL" }).optional(),
  /** The schema owner's URL, for migrations only; the application then runs as DATABASE_URL's role. */
  MIGRATION_DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgres:// URL" }).optional(),
  PGLITE_DIR: z.string().default(".data/pglite"),
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: "must be a redis:// URL" }).default("redis://127.0.0.1:6379"),
  QUEUE_PREFIX: z
    .string()
    .regex(/^[a-z0-9:_{}-]+$/i)
    .default("hearth"),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  SESSION_LIFETIME_HOURS: z.coerce.number().int().min(1).max(72).default(12),
  /** Defaults to on in production; off only for plain-http local development. */
  COOKIE_SECURE: bool.optional(),
  TRUST_PROXY: bool.default(false),
  /** Changes to bookings per client address per minute; searches and views may run five times as often. */
  BOOKING_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(20),
  BOOKING_FAIR_USE_PER_WEEK: z.coerce.number().int().min(1).max(50).default(3),
  /** Bearer token GOV.UK Notify sends with delivery receipts (set the same in Notify's settings). */
  NOTIFY_CALLBACK_TOKEN: z.string().min(32, "must be at least 32 characters").optional(),
  /** The MASH / children's social care line shown when a child is at immediate risk of significant harm. */
  MASH_PHONE: z
    .string()
    .regex(/^[0-9 +()-]{3,30}$/, "must be a phone number")
    .optional(),
  MASH_NAME: z.string().min(3).max(120).optional(),
  /** Work email domains accepted on the public "Ask for advice" form, comma-separated: "sch.uk,nhs.net". */
  ADVICE_EMAIL_DOMAINS: z
    .string()
    .regex(/^\s*[a-z0-9.-]+\.[a-z]{2,}(\s*,\s*[a-z0-9.-]+\.[a-z]{2,})*\s*$/i, "must be email domains, comma-separated, like sch.uk,nhs.net")
    .transform((v) => v.split(",").map((d) => d.trim().toLowerCase()))
    .optional(),
  ADVICE_REQUESTS_PER_ADDRESS_PER_HOUR: z.coerce.number().int().min(1).max(100_000).optional(),
  ADVICE_REQUESTS_PER_EMAIL_PER_HOUR: z.coerce.number().int().min(1).max(1_000).optional(),
  /** Weeks between a Team Around the Family's reviews (issue 11 §4); 6 by default. */
  TAF_REVIEW_WEEKS: z.coerce.number().int().min(1).max(26).optional(),
  /** Most working days between visits to a child on a child protection plan (issue 12 §2); 10 by default. */
  FSS_CP_VISIT_WORKING_DAYS: z.coerce.number().int().min(1).max(60).optional(),
  /** Most days between visits to a child in need; 28 (four weeks) by default. */
  FSS_CIN_VISIT_DAYS: z.coerce.number().int().min(1).max(180).optional(),
  /** Weeks between reviews of an FSS case's plan (issue 12 §2); 12 by default. */
  FSS_REVIEW_WEEKS: z.coerce.number().int().min(1).max(52).optional(),
  /** Months after its last review that a directory entry is due for review again (issue 15 §1); 6 by default. */
  DIRECTORY_REVIEW_MONTHS: z.coerce.number().int().min(1).max(36).optional(),
  /** Months a confirmed NEET activity stays current, per kind, where not the default: "neet=1,employment=6". */
  NEET_CURRENCY_MONTHS: currencyMonthsSettingSchema,
  /** Threshold levels whose every decision a senior practitioner confirms, comma-separated: "3,4". */
  LCSS_SENIOR_CONFIRMATION_LEVELS: z
    .string()
    .regex(/^\s*([1-4](\s*,\s*[1-4])*)?\s*$/, "must be levels 1 to 4, comma-separated, like 3,4")
    .transform(
      (v) =>
        [
          ...new Set(
            v
              .split(",")
              .map((l) => l.trim())
              .filter(Boolean)
              .map(Number),
          ),
        ] as (1 | 2 | 3 | 4)[],
    )
    .optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Where statutory return files are kept: the same folder as the worker's RETURNS_DIR. */
  RETURNS_DIR: z.string().min(1).default(".data/returns"),
});
export type ApiEnv = z.infer<typeof apiEnvSchema>;

export function readApiEnv(source: Record<string, string | undefined> = process.env): ApiEnv {
  return parseEnv(apiEnvSchema, source);
}
