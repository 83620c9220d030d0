import { currencyMonthsSettingSchema } from "@hearth/domain";
import { parseEnv } from "@hearth/jobs";
import { z } from "zod";

const optionalText = z.preprocess((v) => (v === "" ? undefined : v), z.string().optional());

export const workerEnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgres:// URL" }).optional(),
    PGLITE_DIR: z.string().default(".data/pglite"),
    REDIS_URL: z.url({ protocol: /^rediss?$/, error: "must be a redis:// URL" }).default("redis://127.0.0.1:6379"),
    QUEUE_PREFIX: z
      .string()
      .regex(/^[a-z0-9:_{}-]+$/i)
      .default("hearth"),
    WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(5),
    SESSION_IDLE_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(30),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    /**
     * How long a running job's lock lasts without renewal. A worker that dies holding it is noticed
     * after this long, and its half-finished send is then checked with the transport and completed.
     */
    JOB_LOCK_MS: z.coerce.number().int().min(500).max(600_000).default(30_000),
    /** Where links in messages point: the public address of the centre booking site. */
    PUBLIC_BASE_URL: z.url({ error: "must be the site's public address, like https://hearth.example.gov.uk" }).default("http://127.0.0.1:3000"),
    /** Hour (0–23, Europe/London) from which the day-before reminders go out. */
    REMINDER_HOUR: z.coerce.number().int().min(0).max(23).default(17),
    /**
     * Sends a second; Notify allows 3,000 a minute, and BullMQ's fixed windows need headroom, so
     * production stays at the default 40 and never above 50. The ceiling is 1,000 only so the
     * benchmark can measure raw throughput with the limiter effectively off, against a fake Notify.
     */
    NOTIFY_RATE_PER_SECOND: z.coerce.number().int().min(1).max(1_000).default(40),
    NOTIFY_API_KEY: optionalText,
    NOTIFY_BASE_URL: z.preprocess((v) => (v === "" ? undefined : v), z.url().optional()),
    NOTIFY_SMS_TEMPLATE_ID: optionalText,
    NOTIFY_EMAIL_TEMPLATE_ID: optionalText,
    SMTP_URL: z.preprocess(
      (v) => (v === "" ? undefined : v),
      z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" }).optional(),
    ),
    SMTP_FROM: optionalText,
    /** Where statutory return files are kept; the API reads the same folder (its RETURNS_DIR). */
    RETURNS_DIR: z.string().min(1).default(".data/returns"),
    /** The council's three-digit DfE LA code, sent in every census header (931 is Oxfordshire). */
    LA_CODE: z
      .string()
      .regex(/^[0-9]{3}$/, { error: "must be the council's three-digit DfE LA code, like 931" })
      .default("931"),
    /** Hearth's release, sent in the census header so the DfE can tell which version made a file. */
    HEARTH_RELEASE: z
      .string()
      .regex(/^[0-9A-Za-z.+-]{1,20}$/, { error: "must be a release name like 1.4.2 (letters, digits, dots, at most 20)" })
      .default("1.0.0"),
    /** Months a confirmed NEET activity stays current, per kind: the API's setting, for the NCCIS return's checks. */
    NEET_CURRENCY_MONTHS: currencyMonthsSettingSchema,
  })
  // A half-configured transport would fail on the first message in the night; refuse it at start.
  .superRefine((env, ctx) => {
    if (env.NOTIFY_API_KEY) {
      if (!/^[\w-]+-[0-9a-f-]{36}-[0-9a-f-]{36}$/.test(env.NOTIFY_API_KEY))
        ctx.addIssue({ code: "custom", path: ["NOTIFY_API_KEY"], message: "is not a GOV.UK Notify API key (name-serviceid-secret)" });
      for (const name of ["NOTIFY_SMS_TEMPLATE_ID", "NOTIFY_EMAIL_TEMPLATE_ID"] as const)
        if (!env[name] || !/^[0-9a-f-]{36}$/.test(env[name]))
          ctx.addIssue({ code: "custom", path: [name], message: "is required with NOTIFY_API_KEY: the id of the template in Notify" });
    }
    if (env.SMTP_URL && !env.SMTP_FROM) ctx.addIssue({ code: "custom", path: ["SMTP_FROM"], message: "is required with SMTP_URL" });
  });
export type WorkerEnv = z.infer<typeof workerEnvSchema>;

export function readWorkerEnv(source: Record<string, string | undefined> = process.env): WorkerEnv {
  return parseEnv(workerEnvSchema, source);
}
