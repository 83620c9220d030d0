import type { BookingChild, BookingCreate } from "@hearth/domain";
import type { RouterOutputs } from "@hearth/api";
import { useCallback, useState } from "react";

export type BookingResult = RouterOutputs["bookings"]["create"];

/** What the child question page holds: strings as typed, so nothing is lost to a failed parse. */
export type DraftChild = Pick<BookingChild, "firstName" | "dateOfBirth">;

/**
 * The answers so far for one session. Kept in sessionStorage (this tab only, gone when it closes)
 * so a refresh or the back button loses nothing, without leaving a family's details on a shared
 * computer.
 */
export interface BookingDraft {
  /** Made once per booking attempt, so a double submit or a retry makes one booking. */
  idempotencyKey: string;
  children: DraftChild[];
  carerName: string;
  mobile: string;
  email: string;
  preferredChannel: BookingCreate["preferredChannel"] | "";
  postcode: string;
  consentToContact: "yes" | "no" | "";
  /** Problems the server found, shown on the page that asks the question. */
  serverErrors: Record<string, string>;
  result?: BookingResult;
}

const storageKey = (sessionId: string) => `hearth-booking:${sessionId}`;

function blankDraft(): BookingDraft {
  return {
    idempotencyKey: crypto.randomUUID(),
    children: [{ firstName: "", dateOfBirth: "" }],
    carerName: "",
    mobile: "",
    email: "",
    preferredChannel: "",
    postcode: "",
    consentToContact: "",
    serverErrors: {},
  };
}

function readDraft(sessionId: string): BookingDraft {
  try {
    const stored = sessionStorage.getItem(storageKey(sessionId));
    if (stored) return { ...blankDraft(), ...(JSON.parse(stored) as Partial<BookingDraft>) };
  } catch {
    // Storage switched off or a damaged entry: start again rather than fail.
  }
  return blankDraft();
}

function writeDraft(sessionId: string, draft: BookingDraft) {
  try {
    sessionStorage.setItem(storageKey(sessionId), JSON.stringify(draft));
  } catch {
    // Without storage the journey still works; only a refresh would lose the answers.
  }
}

/**
 * The draft for a session and a way to change it; every change is saved straight away. The first
 * question page passes `startAgainIfBooked`: a booking already made is never changed from the
 * question pages, so coming back to them starts a new attempt with a new idempotency key.
 */
export function useBookingDraft(sessionId: string, startAgainIfBooked = false) {
  const [draft, setDraft] = useState(() => {
    const stored = readDraft(sessionId);
    if (!startAgainIfBooked || !stored.result) return stored;
    const fresh = blankDraft();
    writeDraft(sessionId, fresh);
    return fresh;
  });
  const update = useCallback(
    (changes: Partial<BookingDraft>) => {
      setDraft((current) => {
        const next = { ...current, ...changes };
        writeDraft(sessionId, next);
        return next;
      });
    },
    [sessionId],
  );
  return { draft, update };
}

/** The form as the API wants it, from the answers as typed. */
export function toBookingInput(sessionId: string, draft: BookingDraft): Record<string, unknown> {
  return {
    sessionId,
    idempotencyKey: draft.idempotencyKey,
    carerName: draft.carerName,
    mobile: draft.mobile,
    email: draft.email,
    preferredChannel: draft.preferredChannel || undefined,
    postcode: draft.postcode,
    consentToContact: draft.consentToContact === "" ? undefined : draft.consentToContact === "yes",
    children: draft.children.map((child) => ({ ...child, send: false })),
  };
}
