/**
 * How a message leaves Hearth. Chosen by configuration (see env.ts): GOV.UK Notify, SMTP, or the
 * outbox table that staff can read, so that nothing is ever dropped silently.
 */
export interface OutgoingMessage {
  channel: "sms" | "email";
  to: string;
  subject: string;
  body: string;
  /** The delivery ledger's id: our reference, echoed back by Notify, never personal data. */
  reference: string;
  deliveryId: number;
}

export interface Transport {
  name: "notify" | "smtp" | "outbox";
  send(message: OutgoingMessage): Promise<{ providerId: string }>;
  /**
   * After a worker died mid-send: did the transport accept this reference? Null when it cannot
   * tell (SMTP), in which case the message is sent again rather than risk never sending it.
   */
  findSent(message: Pick<OutgoingMessage, "reference" | "deliveryId" | "channel">): Promise<{ providerId: string } | null | "unknown">;
}

/** Worth trying again later: a network error, a 5xx or a 429. */
export class RetryableSendError extends Error {
  override name = "RetryableSendError";
}

/** Never worth retrying: an invalid number or address, or a message the provider refuses outright. */
export class PermanentSendError extends Error {
  override name = "PermanentSendError";
  constructor(
    message: string,
    /** True when the recipient's contact detail itself is bad and staff should be told. */
    readonly badContact: boolean,
  ) {
    super(message);
  }
}
