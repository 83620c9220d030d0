import type { Db } from "@hearth/db";
import type { WorkerEnv } from "../env";
import { notifyTransport } from "./notify-transport";
import { outboxTransport } from "./outbox-transport";
import { smtpTransport } from "./smtp-transport";
import type { Transport } from "./transport";

/** Notify when configured, else SMTP, else the outbox that staff read: never a silent drop. */
export function chooseTransport(env: WorkerEnv, db: Db): Transport {
  if (env.NOTIFY_API_KEY)
    return notifyTransport({
      apiKey: env.NOTIFY_API_KEY,
      baseUrl: env.NOTIFY_BASE_URL,
      smsTemplateId: env.NOTIFY_SMS_TEMPLATE_ID!,
      emailTemplateId: env.NOTIFY_EMAIL_TEMPLATE_ID!,
    });
  if (env.SMTP_URL) return smtpTransport({ url: env.SMTP_URL, from: env.SMTP_FROM! });
  return outboxTransport(db);
}
