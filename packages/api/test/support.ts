import type { TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import { eq } from "drizzle-orm";
import { schema, type Db } from "@hearth/db";
import type { StaffRole } from "@hearth/domain";
import { startSession } from "../src/auth/session";
import { createContext, defaultApiConfig, type ApiConfig, type CookieJar } from "../src/context";
import { appRouter } from "../src/root";
import type { RateLimiter } from "../src/rate-limit";
import { createCallerFactory, flattenIssues } from "../src/trpc";

const createCaller = createCallerFactory(appRouter);
export const testConfig: ApiConfig = { ...defaultApiConfig, secureCookies: false };

/** A browser's cookie store, without the browser: what procedures set is sent on the next call. */
export class MemoryCookies implements CookieJar {
  readonly values = new Map<string, string>();
  get = (name: string) => this.values.get(name);
  set = (name: string, value: string) => void this.values.set(name, value);
  clear = (name: string) => void this.values.delete(name);
}

export interface Client {
  cookies: MemoryCookies;
  /** A fresh caller per call, as each HTTP request builds its own context. */
  call(): Promise<ReturnType<typeof createCaller>>;
  /** The request context itself, for what apps/api calls outside tRPC (the return downloads). */
  context(): ReturnType<typeof createContext>;
}

/**
 * No limit on requests. The real limiter counts in Redis and is tested through the HTTP server
 * (apps/api/test); here it would only make unrelated tests depend on Redis.
 */
export const unlimited: RateLimiter = { hit: () => Promise.resolve(true) };

export function client(db: Db, options: { ip?: string; now?: () => Date; config?: ApiConfig; rateLimiter?: RateLimiter } = {}): Client {
  const cookies = new MemoryCookies();
  const context = () =>
    createContext({
      db,
      config: options.config ?? testConfig,
      meta: { ip: options.ip ?? "192.0.2.1", userAgent: "vitest" },
      cookies,
      rateLimiter: options.rateLimiter ?? unlimited,
      now: options.now,
    });
  return { cookies, context, call: async () => createCaller(await context()) };
}

/** Signs a demo account in without the deliberate slowness of scrypt, for tests about access. */
export async function signedInAs(db: Db, role: StaffRole, options: { now?: () => Date } = {}): Promise<Client> {
  const [staff] = await db.select().from(schema.staffUsers).where(eq(schema.staffUsers.role, role)).limit(1);
  if (!staff) throw new Error(`no demo account for ${role}`);
  const c = client(db, options);
  await startSession(db, c.cookies, testConfig, { staffId: staff.id, now: options.now?.() ?? new Date(), ip: null, userAgent: null });
  return c;
}

export async function areaIdOf(db: Db, code: "north" | "central" | "south"): Promise<string> {
  const [row] = await db.select().from(schema.areas).where(eq(schema.areas.code, code));
  return row!.id;
}

export async function auditRows(db: Db) {
  return db.select().from(schema.auditEvents).orderBy(schema.auditEvents.id);
}

/** What a form would show: the error code and each field's messages, as the client receives them. */
export async function rejection(promise: Promise<unknown>): Promise<{ code: string; fields: Record<string, string[] | undefined> }> {
  try {
    await promise;
  } catch (error) {
    const e = error as TRPCError;
    return { code: e.code, fields: e.cause instanceof ZodError ? flattenIssues(e.cause).fieldErrors : {} };
  }
  throw new Error("expected the call to be refused");
}

/** The search results whose record the caller may open (others are only a summary). */
export function recordsOf<T extends { kind: string }>(results: T[]): Extract<T, { kind: "record" }>[] {
  return results.filter((r): r is Extract<T, { kind: "record" }> => r.kind === "record");
}
