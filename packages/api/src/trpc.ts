/**
 * tRPC set-up, in three parts:
 * 1. initialisation, with zod errors flattened so forms can show each message beside its field;
 * 2. auditing helpers, so every denial is recorded wherever it happens;
 * 3. the procedures every router builds on: public, rate-limited public, protected, role(permission),
 *    area-, centre- and centre-resource-scoped. Each names a permission from @hearth/domain's map,
 *    the same map the apps draw their navigation from.
 */
import { initTRPC, TRPCError } from "@trpc/server";
import { ZodError, z } from "zod";
import { getCentre, recordAudit, recordAudits, type AuditEvent, type Db } from "@hearth/db";
import { can, canSeeArea, type Permission, type StaffScope } from "@hearth/domain";
import { crossSiteRefusal } from "./auth/cross-site";
import { RestrictedRecord } from "./record-access/restricted-record";
import type { Context } from "./context";
import { errorIdOf, unexpectedErrorMessage } from "./errors";
import { nudgeFamilyMessages } from "./family-messages/nudge";
import { READS_PER_CHANGE, tooManyRequests } from "./rate-limit";

// 1. Initialisation ----------------------------------------------------------------------------

/**
 * zod's issues as `{ formErrors, fieldErrors }`, like z.flattenError, except that a nested field is
 * keyed by its whole path ("children.1.dateOfBirth"), the name a form gives that input.
 */
export function flattenIssues(error: ZodError): { formErrors: string[]; fieldErrors: Record<string, string[]> } {
  const formErrors: string[] = [];
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    if (!issue.path.length) formErrors.push(issue.message);
    else (fieldErrors[issue.path.join(".")] ??= []).push(issue.message);
  }
  return { formErrors, fieldErrors };
}

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    // No stack trace to the browser in any environment: `pnpm start` runs as development, and a
    // stack names the server's files and code. The server's log keeps it (onError in the API).
    const { stack: _stack, ...data } = shape.data;
    // An unexpected failure's message may be a database error quoting the statement and its
    // parameters: the caller gets an id to quote instead, the same id the server logs.
    if (error.code === "INTERNAL_SERVER_ERROR") {
      const errorId = errorIdOf(error);
      return { ...shape, message: unexpectedErrorMessage(errorId), data: { ...data, zodError: null, errorId } };
    }
    const zodError = error.cause instanceof ZodError ? flattenIssues(error.cause) : null;
    // A restricted record names whom to contact, so the person page can say it beside the refusal.
    const restricted = error.cause instanceof RestrictedRecord ? { contact: error.cause.contact } : null;
    return { ...shape, data: { ...data, zodError, errorId: null, restricted } };
  },
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/** A BAD_REQUEST carrying one field's message, shaped like a zod failure so forms treat it alike. */
export function fieldError(field: string, message: string, code: "BAD_REQUEST" | "CONFLICT" = "BAD_REQUEST") {
  return fieldErrors([{ field, message }], code);
}

/**
 * Several fields' messages at once, so a form shows every problem in one go. A field may be a
 * path such as "children.1.dateOfBirth".
 */
export function fieldErrors(problems: { field: string; message: string }[], code: "BAD_REQUEST" | "CONFLICT" = "BAD_REQUEST") {
  // Made by a failing parse rather than `new ZodError(...)`: only a parse-made ZodError is an Error,
  // which tRPC needs to keep it as the cause that the error formatter flattens.
  const failed = z
    .unknown()
    .superRefine((_value, ctx) => {
      for (const p of problems)
        ctx.addIssue({ code: "custom", path: p.field.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part)), message: p.message });
    })
    .safeParse(undefined);
  return new TRPCError({ code, message: problems[0]?.message ?? "Check your answers", cause: failed.error });
}

// 2. Auditing ----------------------------------------------------------------------------------

type ScopedContext = Context & { scope: NonNullable<Context["scope"]> };

export type AuditFields = Pick<AuditEvent, "action" | "entityType" | "entityId" | "detail"> & {
  outcome?: AuditEvent["outcome"];
};

/** An audit event by whoever made the request (a member of staff, or a family with no account). */
export function auditEvent(ctx: Context, event: AuditFields): AuditEvent {
  return { ...event, actorStaffId: ctx.staff?.id ?? null, actorRole: ctx.staff?.role ?? null, ip: ctx.meta.ip, userAgent: ctx.meta.userAgent };
}

/** Writes an audit event for the signed-in member of staff, on `db` (pass the transaction). */
export function audit(ctx: Context, db: Db, event: AuditFields): Promise<void> {
  return recordAudit(db, auditEvent(ctx, event));
}

/** Several audit events in one INSERT, for the records a list or a family shows (one row each still). */
export function auditAll(ctx: Context, db: Db, events: AuditFields[]): Promise<void> {
  return recordAudits(
    db,
    events.map((e) => auditEvent(ctx, e)),
  );
}

/**
 * Records a refused access and returns the error to throw. Written outside any transaction so the
 * record survives the rollback that the refusal causes.
 */
export async function denied(ctx: Context, event: AuditFields & { code: "FORBIDDEN" | "NOT_FOUND"; message?: string }): Promise<TRPCError> {
  const { code, message, ...rest } = event;
  await audit(ctx, ctx.db, { ...rest, outcome: "denied" });
  return new TRPCError({
    code,
    message: message ?? (code === "NOT_FOUND" ? "No record was found" : "You do not have access to this"),
  });
}

/**
 * A record outside the caller's area is answered exactly like one that does not exist, so that
 * probing ids reveals nothing about other areas; the attempt is still audited as a denial.
 */
export async function assertRecordInScope(
  ctx: ScopedContext,
  record: { areaId: string | null } | null,
  event: Pick<AuditFields, "action" | "entityType" | "entityId">,
): Promise<void> {
  if (!record) throw await denied(ctx, { ...event, code: "NOT_FOUND", detail: { reason: "unknown id" } });
  if (!canSeeArea(ctx.scope, record.areaId)) throw await denied(ctx, { ...event, code: "NOT_FOUND", detail: { reason: "out of area" } });
}

// 3. Procedures --------------------------------------------------------------------------------

export const publicProcedure = t.procedure;

/**
 * For changes that can put messages in the booking outbox (a booking, a cancellation that frees a
 * place, a session moved or cancelled): once they have succeeded, the worker is nudged to send.
 */
export const nudgesFamilyMessages = t.middleware(async ({ ctx, next }) => {
  const result = await next();
  if (result.ok) nudgeFamilyMessages(ctx);
  return result;
});

/**
 * Every staff procedure refuses requests that another site could have made in a signed-in member
 * of staff's name (see crossSiteRefusal); a refused signed-in request is audited.
 */
const sameSiteOnly = t.middleware(async ({ ctx, path, next }) => {
  const refusal = crossSiteRefusal(ctx.meta);
  if (!refusal) return next();
  if (ctx.staff) await audit(ctx, ctx.db, { action: path, entityType: "procedure", outcome: "denied", detail: { reason: refusal.reason } });
  throw refusal.error;
});

/**
 * Staff sign-in and sign-out: not yet signed in, but still refused from another site, so no other
 * site can sign a member of staff out, or into an account of its choosing (login cross-site forgery).
 */
export const staffEntryProcedure = t.procedure.use(sameSiteOnly);

/** Signed-in staff only. */
export const protectedProcedure = staffEntryProcedure.use(({ ctx, next }) => {
  if (!ctx.staff || !ctx.scope) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to continue" });
  return next({ ctx: { ...ctx, staff: ctx.staff, scope: ctx.scope } });
});

/** Signed-in staff whose role holds `permission`; anyone else is refused, and the refusal audited. */
export function roleProcedure(permission: Permission) {
  return protectedProcedure.use(async ({ ctx, path, next }) => {
    if (!can(ctx.staff.role, permission))
      throw await denied(ctx, { action: path, entityType: "procedure", code: "FORBIDDEN", detail: { reason: "role" } });
    return next();
  });
}

/** For inputs naming an area: staff may act only in their own area unless their role is county-wide. */
export function areaScopedProcedure(permission: Permission) {
  return roleProcedure(permission)
    .input(z.object({ areaId: z.uuid({ error: "Choose an area" }).optional() }))
    .use(async ({ ctx, input, path, next }) => {
      if (input.areaId && !canSeeArea(ctx.scope, input.areaId))
        throw await denied(ctx, {
          action: path,
          entityType: "area",
          entityId: input.areaId,
          code: "FORBIDDEN",
          detail: { reason: "out of area" },
        });
      return next();
    });
}

/** Centre staff act only for their own centre; everyone else for the centres in their area. */
export function canActForCentre(scope: StaffScope, centre: { id: string; areaId: string | null }): boolean {
  return scope.role === "centre_staff" ? scope.centreId === centre.id : canSeeArea(scope, centre.areaId);
}

/** For inputs naming a centre: centre staff act only for their own centre; managers for their area's centres. */
export function centreScopedProcedure(permission: Permission) {
  return roleProcedure(permission)
    .input(z.object({ centreId: z.uuid({ error: "Choose a centre" }) }))
    .use(async ({ ctx, input, path, next }) => {
      const centre = await getCentre(ctx.db, input.centreId);
      if (centre === null || !canActForCentre(ctx.scope, centre))
        throw await denied(ctx, {
          action: path,
          entityType: "centre",
          entityId: input.centreId,
          code: "FORBIDDEN",
          detail: { reason: centre ? "out of scope" : "unknown centre" },
        });
      return next({ ctx: { ...ctx, centre } });
    });
}

/**
 * For inputs naming something that belongs to a centre (a session, a series, a booking): loads
 * the centre it belongs to and applies the centre rule above before the handler runs. Unknown ids
 * are NOT_FOUND; another centre's record is FORBIDDEN. Both are audited.
 */
export function centreResourceProcedure<K extends string>(
  permission: Permission,
  resource: {
    key: K;
    entityType: string;
    message: string;
    centreOf: (db: Db, id: string) => Promise<{ id: string; name: string; areaId: string | null } | null>;
  },
) {
  const input = z.object({ [resource.key]: z.uuid({ error: resource.message }) } as Record<K, z.ZodUUID>);
  return roleProcedure(permission)
    .input(input)
    .use(async ({ ctx, input, path, next }) => {
      const id = (input as Record<K, string>)[resource.key];
      const event = { action: path, entityType: resource.entityType, entityId: id };
      const centre = await resource.centreOf(ctx.db, id);
      if (!centre) throw await denied(ctx, { ...event, code: "NOT_FOUND", detail: { reason: "unknown id" } });
      if (!canActForCentre(ctx.scope, centre))
        throw await denied(ctx, { ...event, code: "FORBIDDEN", detail: { reason: "another centre", centreId: centre.id } });
      return next({ ctx: { ...ctx, centre } });
    });
}

/**
 * The public booking procedures, counted per client address: changes at the configured rate,
 * views and searches at READS_PER_CHANGE times it.
 */
export function rateLimitedProcedure(kind: "read" | "change") {
  return publicProcedure.use(async ({ ctx, next }) => {
    const max = ctx.config.bookingChangesPerMinute * (kind === "read" ? READS_PER_CHANGE : 1);
    if (!(await ctx.rateLimiter.hit(`public-${kind}:${ctx.meta.ip}`, max, 60_000))) throw tooManyRequests();
    return next();
  });
}
