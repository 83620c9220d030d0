import { hashKey, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { Button } from "../components/button";
import { useTRPC, useTRPCClient } from "../trpc/trpc";
import { lastAnswerElsewhere, markSignedOutForInactivity, recordAnswer, sessionEndsAt, timeLeftInWords, warnBeforeMs } from "./session-timeout";
import { useSignOut } from "./use-staff";

/** Screen readers hear the time left every 20 seconds, not every second. */
const ANNOUNCE_EVERY_MS = 20_000;

/**
 * GOV.UK's timeout warning (the HMRC pattern the Design System points to): a modal dialog shown
 * before the session ends for want of activity, offering to stay signed in. If nobody answers,
 * the tab signs out itself and shows the sign-in page in place, with the reason; forms with a
 * draft (useDraft) get their answers back after signing in again.
 */
export function TimeoutWarning({ idleSeconds }: { idleSeconds: number }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const signOut = useSignOut();
  const dialog = useRef<HTMLDialogElement>(null);
  const lastAnswer = useRef(0);
  const signingOut = useRef(false);
  const sessionGone = useRef(false);
  const [left, setLeft] = useState<number | null>(null);
  const idleMs = idleSeconds * 1000;

  // Every answer from the API refreshed the session on the server, so it restarts the clock here.
  useEffect(() => {
    const answered = () => {
      lastAnswer.current = Date.now();
      recordAnswer(lastAnswer.current);
    };
    // This is drawn just after the API said who is signed in.
    lastAnswer.current = Date.now();
    const queries = queryClient.getQueryCache().subscribe((event) => {
      if (event.type === "updated" && event.action.type === "success") answered();
    });
    const mutations = queryClient.getMutationCache().subscribe((event) => {
      if (event.type === "updated" && event.action.type === "success") answered();
    });
    return () => {
      queries();
      mutations();
    };
  }, [queryClient]);

  useEffect(() => {
    const timedOut = async () => {
      signingOut.current = true;
      await client.auth.signOut.mutate().catch(() => undefined);
      markSignedOutForInactivity(Math.round(idleSeconds / 60));
      const meKey = trpc.auth.me.queryKey();
      // As on signing out: nothing fetched for this person stays in memory for the next.
      queryClient.setQueryData(meKey, null);
      queryClient.removeQueries({ predicate: (query) => query.queryHash !== hashKey(meKey) });
    };
    const tick = () => {
      if (signingOut.current) return;
      const last = Math.max(lastAnswer.current, lastAnswerElsewhere());
      const remaining = sessionEndsAt(last, idleMs) - Date.now();
      if (remaining <= 0 || sessionGone.current) void timedOut();
      else setLeft(remaining <= warnBeforeMs(idleMs) ? remaining : null);
    };
    const interval = setInterval(tick, 1_000);
    return () => clearInterval(interval);
  }, [client, idleMs, idleSeconds, queryClient, trpc]);

  const open = left !== null;
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  const staySignedIn = async () => {
    try {
      await client.auth.ping.query();
      lastAnswer.current = Date.now();
      recordAnswer(lastAnswer.current);
      setLeft(null);
    } catch {
      // The session has gone already: the next tick signs this tab out with the reason.
      sessionGone.current = true;
    }
  };

  const announced = left === null ? "" : timeLeftInWords(Math.ceil(left / ANNOUNCE_EVERY_MS) * ANNOUNCE_EVERY_MS);
  return (
    <dialog
      ref={dialog}
      className="hearth-timeout-dialog"
      role="dialog"
      aria-modal="true"
      aria-labelledby="hearth-timeout-heading"
      aria-describedby="hearth-timeout-message"
      // Escape means "not now", which for this dialog is staying signed in, as in HMRC's pattern.
      onCancel={(event) => {
        event.preventDefault();
        void staySignedIn();
      }}
    >
      {open && (
        <>
          <h2 className="govuk-heading-m" id="hearth-timeout-heading">
            You’re about to be signed out
          </h2>
          <p className="govuk-body" id="hearth-timeout-message">
            For your security, we will sign you out in <strong aria-hidden="true">{timeLeftInWords(left)}</strong>
            <span className="govuk-visually-hidden">{announced}</span>. What you have typed in long forms is kept.
          </p>
          <p className="govuk-visually-hidden" aria-live="polite">
            {`We will sign you out in ${announced}.`}
          </p>
          <div className="govuk-button-group">
            <Button type="button" autoFocus onClick={() => void staySignedIn()}>
              Stay signed in
            </Button>
            <button type="button" className="hearth-button-link govuk-body" onClick={() => signOut.mutate()}>
              Sign out
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
