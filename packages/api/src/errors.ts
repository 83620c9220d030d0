import { randomBytes } from "node:crypto";
import type { TRPCError } from "@trpc/server";
import { failureFacts, type FailureFacts } from "@hearth/db";

/**
 * Unexpected failures (tRPC's INTERNAL_SERVER_ERROR: a crash, a database error) are answered with
 * a generic message and an id, never with what went wrong: a database error's message is the whole
 * statement and its parameters, names and dates of birth included (issue 9). The server logs the
 * same id beside the failure's safe facts, so a user quoting the id leads to the log line.
 */

const ids = new WeakMap<object, string>();

/** The id of one failure: the same for the answer and the log line, whichever is made first. */
export function errorIdOf(error: TRPCError): string {
  let id = ids.get(error);
  if (!id) {
    // Short enough to read out over the phone; unguessable enough not to collide in a day's logs.
    id = randomBytes(5).toString("hex").toUpperCase();
    ids.set(error, id);
  }
  return id;
}

export function unexpectedErrorMessage(errorId: string): string {
  return `Something went wrong on our side. Try again, and if it happens again quote error id ${errorId} to the Hearth service desk.`;
}

/** What the server logs about an unexpected failure: its id, where, and facts with no personal data. */
export function unexpectedErrorLog(error: TRPCError, path: string | undefined): { errorId: string; path?: string; failure: FailureFacts } {
  return { errorId: errorIdOf(error), path, failure: failureFacts(error.cause ?? error) };
}
