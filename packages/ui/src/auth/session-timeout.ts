/**
 * When the session will end, as this browser sees it. The server ends a session after its idle
 * timeout without a request (auth/session.ts) and refreshes its clock at most once every tenth of
 * the timeout, so the end is reckoned from the last answer the API gave, less that tenth: the
 * warning then never comes after the server has already signed the person out.
 */
export function sessionEndsAt(lastAnswerAt: number, idleMs: number): number {
  return lastAnswerAt + idleMs - Math.min(60_000, Math.floor(idleMs / 10));
}

/** GOV.UK's pattern warns two minutes ahead; a short timeout is warned at its last quarter. */
export function warnBeforeMs(idleMs: number): number {
  return Math.min(120_000, Math.floor(idleMs / 4));
}

/** "2 minutes", "1 minute and 5 seconds", "45 seconds": the time left, in words. */
export function timeLeftInWords(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  if (minutes && seconds) return `${unit(minutes, "minute")} and ${unit(seconds, "second")}`;
  return minutes ? unit(minutes, "minute") : unit(seconds, "second");
}

// Shared by the tabs of one browser, which share one session: an answer in one keeps all signed in.
const LAST_ANSWER_KEY = "hearth.lastAnswerAt";
const TIMED_OUT_KEY = "hearth.signedOutForInactivity";

export function recordAnswer(at: number) {
  try {
    localStorage.setItem(LAST_ANSWER_KEY, String(at));
  } catch {
    // Storage may be refused (private windows); each tab then keeps its own clock.
  }
}

export function lastAnswerElsewhere(): number {
  try {
    return Number(localStorage.getItem(LAST_ANSWER_KEY)) || 0;
  } catch {
    return 0;
  }
}

/**
 * The idle minutes after which this tab signed its user out, remembered across a reload until
 * they sign in again; null to forget.
 */
export function markSignedOutForInactivity(idleMinutes: number | null) {
  try {
    if (idleMinutes) sessionStorage.setItem(TIMED_OUT_KEY, String(idleMinutes));
    else sessionStorage.removeItem(TIMED_OUT_KEY);
  } catch {
    // Without storage the sign-in page simply shows no reason.
  }
}

export function signedOutForInactivityAfter(): number | null {
  try {
    return Number(sessionStorage.getItem(TIMED_OUT_KEY)) || null;
  } catch {
    return null;
  }
}
