import { TRPCClientError } from "@trpc/client";

/** What the API's error formatter adds to every error: zod's flattened issues for bad input. */
interface HearthErrorData {
  code?: string;
  zodError?: { formErrors: string[]; fieldErrors: Record<string, string[] | undefined> } | null;
  /** Set on an unexpected failure; the message then asks the user to quote it. */
  errorId?: string | null;
  /** Set when a person's record is restricted: whom the refused member of staff should contact. */
  restricted?: { contact: string } | null;
}

function errorData(error: unknown): HearthErrorData | undefined {
  if (!(error instanceof TRPCClientError)) return undefined;
  return (error as TRPCClientError<never>).data as HearthErrorData | undefined;
}

/** The tRPC error code ('UNAUTHORIZED', 'NOT_FOUND' …), or undefined for anything else. */
export function serverErrorCode(error: unknown): string | undefined {
  return errorData(error)?.code;
}

/** Whom to contact about a restricted record, when that is why the server refused. */
export function restrictedContact(error: unknown): string | undefined {
  return errorData(error)?.restricted?.contact;
}

/** One message per field from a bad-input answer: `{ firstName: 'Enter the first name' }`. */
export function serverFieldErrors(error: unknown): Record<string, string> {
  const fieldErrors = errorData(error)?.zodError?.fieldErrors ?? {};
  const messages: Record<string, string> = {};
  for (const [field, list] of Object.entries(fieldErrors)) {
    if (list?.[0]) messages[field] = list[0];
  }
  return messages;
}

const FALLBACK = "Sorry, there is a problem with the service. Try again later.";

/**
 * Messages that belong to the whole form rather than one field: zod's form-level errors, or the
 * server's message when the failure was not about the input (wrong password, too many attempts).
 */
export function serverFormErrors(error: unknown): string[] {
  if (!error) return [];
  const data = errorData(error);
  if (data?.zodError) return data.zodError.formErrors;
  if (error instanceof TRPCClientError) {
    // A network failure says nothing a member of the public can act on; a crash says only to
    // try again and which error id to quote (the API's generic message, never the failure's own).
    if (!data) return [FALLBACK];
    if (data.code === "INTERNAL_SERVER_ERROR") return [data.errorId ? error.message : FALLBACK];
    return [error.message];
  }
  return [FALLBACK];
}
