import nodemailer from "nodemailer";
import { PermanentSendError, RetryableSendError, type Transport } from "./transport";

/** Email through the council's SMTP relay. Texts cannot go this way, so SMS-only families are refused. */
export function smtpTransport(settings: { url: string; from: string }): Transport {
  const mailer = nodemailer.createTransport(settings.url);
  return {
    name: "smtp",
    async send(m) {
      if (m.channel !== "email") throw new PermanentSendError("SMTP cannot send text messages", false);
      try {
        const info = await mailer.sendMail({
          from: settings.from,
          to: m.to,
          subject: m.subject,
          text: m.body,
          headers: { "X-Hearth-Reference": m.reference },
        });
        return { providerId: info.messageId };
      } catch (error) {
        const code = (error as { responseCode?: number }).responseCode;
        // 5xx SMTP replies about the mailbox are permanent; everything else may pass on a retry.
        if (code && code >= 550 && code <= 553) throw new PermanentSendError(`SMTP ${code}`, true);
        throw new RetryableSendError(`SMTP ${code ?? "connection"}: ${(error as Error).message}`);
      }
    },
    // SMTP has no way to ask "did you take this?": resend rather than risk a family never hearing.
    findSent: () => Promise.resolve("unknown" as const),
  };
}
