import { NotifyClient } from "notifications-node-client";
import { PermanentSendError, RetryableSendError, type Transport } from "./transport";

export interface NotifySettings {
  apiKey: string;
  baseUrl?: string;
  smsTemplateId: string;
  emailTemplateId: string;
}

interface NotifyHttpError {
  response?: { status: number; data?: { errors?: { error: string; message: string }[] } };
  code?: string;
  message: string;
}

/** Sorts Notify's answers into try-again-later and never-again, as its documentation describes them. */
export function classifyNotifyError(error: unknown): Error {
  const e = error as NotifyHttpError;
  const status = e.response?.status;
  const detail = e.response?.data?.errors?.map((x) => `${x.error}: ${x.message}`).join("; ") ?? e.message;
  if (status === undefined || status === 429 || status >= 500) return new RetryableSendError(`Notify ${status ?? e.code ?? "network"}: ${detail}`);
  const badContact = status === 400 && /phone_number|email_address|not a valid|invalid/i.test(detail);
  return new PermanentSendError(`Notify ${status}: ${detail}`, badContact);
}

/** GOV.UK Notify through its official client: two generic templates, our wording in `subject`/`body`. */
export function notifyTransport(settings: NotifySettings): Transport {
  const client = settings.baseUrl ? new NotifyClient(settings.baseUrl, settings.apiKey) : new NotifyClient(settings.apiKey);
  return {
    name: "notify",
    async send(m) {
      try {
        const options = { personalisation: { subject: m.subject, body: m.body }, reference: m.reference };
        const response =
          m.channel === "sms"
            ? await client.sendSms(settings.smsTemplateId, m.to, options)
            : await client.sendEmail(settings.emailTemplateId, m.to, options);
        return { providerId: response.data.id };
      } catch (error) {
        throw classifyNotifyError(error);
      }
    },
    async findSent(m) {
      try {
        const response = await client.getNotifications(m.channel, undefined, m.reference);
        const found = response.data.notifications[0];
        return found ? { providerId: found.id } : null;
      } catch (error) {
        throw classifyNotifyError(error);
      }
    },
  };
}
