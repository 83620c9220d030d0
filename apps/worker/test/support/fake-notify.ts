import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";

/**
 * A stand-in for GOV.UK Notify on localhost, strict where Notify is: it checks the JWT the real
 * client signs with the API key (HS256, iss = service id, iat within 30 s), answers 429 past a
 * token bucket of ~50 a second with a burst of 1,000, and lets tests ask for a message by reference.
 */
export const FAKE_SERVICE_ID = "26785a09-ab16-4eb0-8407-a37497a57506";
export const FAKE_SECRET = "3d844edf-8d35-48ac-975b-e847b4f122b0";
export const FAKE_API_KEY = `hearth_test-${FAKE_SERVICE_ID}-${FAKE_SECRET}`;
export const INVALID_MOBILE = "07700900000";
export const FAILING_MOBILE = "07700900500";

export interface Receipt {
  id: string;
  type: "sms" | "email";
  to: string;
  reference: string;
  personalisation: Record<string, string>;
  at: number;
}

export interface FakeNotify {
  url: string;
  receipts: Receipt[];
  rejected429: number;
  unauthorised: number;
  /** Milliseconds each send waits before answering (after it has been recorded). */
  latencyMs: number;
  close(): Promise<void>;
}

function verifyJwt(header: string | undefined): boolean {
  const token = header?.replace(/^Bearer /, "") ?? "";
  const [head, body, signature] = token.split(".");
  if (!head || !body || !signature) return false;
  const expected = createHmac("sha256", FAKE_SECRET).update(`${head}.${body}`).digest();
  const given = Buffer.from(signature, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return false;
  const claims = JSON.parse(Buffer.from(body, "base64url").toString()) as { iss?: string; iat?: number };
  return claims.iss === FAKE_SERVICE_ID && Math.abs(Date.now() / 1000 - (claims.iat ?? 0)) <= 30;
}

interface SendRequest {
  phone_number?: string;
  email_address?: string;
  reference?: string;
  personalisation?: Record<string, string>;
}

async function readJson(req: IncomingMessage): Promise<SendRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString() || "{}") as SendRequest;
}

export async function startFakeNotify(options: { latencyMs?: number; ratePerSecond?: number; burst?: number } = {}): Promise<FakeNotify> {
  const rate = options.ratePerSecond ?? 50;
  const burst = options.burst ?? 1_000;
  let tokens = burst;
  let refilledAt = Date.now();
  const takeToken = () => {
    const now = Date.now();
    tokens = Math.min(burst, tokens + ((now - refilledAt) / 1000) * rate);
    refilledAt = now;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };

  const state = { receipts: [] as Receipt[], rejected429: 0, unauthorised: 0, latencyMs: options.latencyMs ?? 0 };
  const server: Server = createServer((req, res) => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    void (async () => {
      if (!verifyJwt(req.headers.authorization)) {
        state.unauthorised++;
        return send(403, { status_code: 403, errors: [{ error: "AuthError", message: "Invalid token: signature" }] });
      }
      const url = new URL(req.url ?? "/", "http://fake");
      if (req.method === "GET" && url.pathname === "/v2/notifications") {
        const reference = url.searchParams.get("reference");
        const found = state.receipts.filter((r) => r.reference === reference).map((r) => ({ id: r.id, reference: r.reference, status: "delivered" }));
        return send(200, { notifications: found, links: {} });
      }
      const type = url.pathname === "/v2/notifications/sms" ? "sms" : url.pathname === "/v2/notifications/email" ? "email" : null;
      if (req.method !== "POST" || !type) return send(404, { errors: [{ error: "NotFound", message: "Not found" }] });
      if (!takeToken()) {
        state.rejected429++;
        return send(429, {
          status_code: 429,
          errors: [{ error: "RateLimitError", message: "Exceeded rate limit for key type LIVE of 3000 requests per 60 seconds" }],
        });
      }
      const body = await readJson(req);
      const to = body.phone_number ?? body.email_address ?? "";
      if (to.replace(/\s/g, "") === INVALID_MOBILE)
        return send(400, { status_code: 400, errors: [{ error: "ValidationError", message: "phone_number Not a UK mobile number" }] });
      if (to.replace(/\s/g, "") === FAILING_MOBILE)
        return send(500, { status_code: 500, errors: [{ error: "Exception", message: "Internal server error" }] });
      const receipt: Receipt = {
        id: randomUUID(),
        type,
        to,
        reference: body.reference ?? "",
        personalisation: body.personalisation ?? {},
        at: Date.now(),
      };
      state.receipts.push(receipt);
      if (state.latencyMs) await new Promise((r) => setTimeout(r, state.latencyMs));
      send(201, { id: receipt.id, reference: receipt.reference, content: { body: receipt.personalisation.body ?? "" }, uri: "", template: {} });
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
