import { useMutation, useQuery } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { get, set, type FieldValues, type UseFormReturn } from "react-hook-form";
import { Button } from "../components/button";
import { NotificationBanner } from "../components/notification-banner";
import { formatUkDateTime } from "../format/dates";
import { useTRPC } from "../trpc/trpc";

/** Long enough to save once per pause in typing, not once per key; short enough to lose little. */
const SAVE_AFTER_MS = 2_000;

export interface FormDraft {
  /** When the restored draft was last saved, or null when nothing was restored. */
  restoredAt: string | null;
  /** Forgets the draft on the server and empties the form. */
  discard(): Promise<void>;
  /** Saves what is typed now, so sending the form never races a save still waiting. */
  flush(): Promise<void>;
  /** Forgets the draft once the form has done its work; later typing is not saved. */
  finish(): Promise<void>;
}

/**
 * Keeps a draft of a long form on the server as the member of staff types (issue 10 §3): saved a
 * couple of seconds after each pause, when the tab is hidden or closed and when the page is left,
 * and put back into the form the next time it opens, after a time-out, a closed tab or a crash.
 * Works with any react-hook-form form through its watch and reset. `restore: false` keeps saving
 * without putting the draft back, for a form shown again in the same visit.
 */
export function useDraft<Values extends FieldValues>(
  formKey: string,
  form: Pick<UseFormReturn<Values, never, never>, "watch" | "reset" | "getValues">,
  options: { restore?: boolean } = {},
): FormDraft {
  const restore = options.restore ?? true;
  const trpc = useTRPC();
  // Never cached beyond the page: a draft holds personal data the next user of the browser must not find.
  const stored = useQuery({
    ...trpc.drafts.get.queryOptions({ formKey }),
    gcTime: 0,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    enabled: restore,
  });
  const save = useMutation(trpc.drafts.save.mutationOptions());
  const remove = useMutation(trpc.drafts.discard.mutationOptions());
  // Set once the restored draft is discarded, so the banner about it goes.
  const [discarded, setDiscarded] = useState(false);
  const restoredAt = restore && !discarded && stored.data ? stored.data.updatedAt : null;

  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<void>>(Promise.resolve());
  const finished = useRef(false);
  const restoring = useRef(false);
  // Nothing is saved until the stored draft has been looked at, or an empty form would replace it.
  const ready = !restore || stored.isSuccess || stored.isError;
  // Fields typed into before the stored draft answered (a slow line): kept over the draft and saved
  // as soon as it has answered, so neither what was typed nor the draft is lost.
  const typedBeforeReady = useRef(new Set<string>());

  const saveMutate = save.mutateAsync;
  const saveNow = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (finished.current) return inFlight.current;
    const data = form.getValues() as Record<string, unknown>;
    // A failed save is retried by the next pause in typing; the form itself must not break.
    inFlight.current = inFlight.current.then(() =>
      saveMutate({ formKey, data }).then(
        () => undefined,
        () => undefined,
      ),
    );
    return inFlight.current;
  }, [form, formKey, saveMutate]);

  useEffect(() => {
    if (ready) return;
    const subscription = form.watch((_values, { name }) => {
      if (name && !restoring.current) typedBeforeReady.current.add(name);
    });
    return () => subscription.unsubscribe();
  }, [ready, form]);

  useEffect(() => {
    if (!restore || !stored.isSuccess || !stored.data) return;
    const values = structuredClone(stored.data.data) as Record<string, unknown>;
    const typed = form.getValues() as Record<string, unknown>;
    for (const name of typedBeforeReady.current) set(values, name, get(typed, name));
    restoring.current = true;
    form.reset(values as Values, { keepDefaultValues: true });
    restoring.current = false;
    // Only the first answer is put back: later refetches must not undo what is typed since.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- restoring once per opening is the point
  }, [stored.isSuccess]);

  useEffect(() => {
    if (!ready) return;
    if (typedBeforeReady.current.size > 0) {
      typedBeforeReady.current.clear();
      void saveNow();
    }
    const subscription = form.watch(() => {
      if (restoring.current || finished.current) return;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void saveNow(), SAVE_AFTER_MS);
    });
    // Closing the tab or switching away: save at once what the pause would have saved.
    const onHide = () => {
      if (document.visibilityState === "hidden" && timer.current) void saveNow();
    };
    document.addEventListener("visibilitychange", onHide);
    window.addEventListener("pagehide", onHide);
    return () => {
      subscription.unsubscribe();
      document.removeEventListener("visibilitychange", onHide);
      window.removeEventListener("pagehide", onHide);
      // Leaving the page inside the app: keep what was typed in the last two seconds too.
      if (timer.current) void saveNow();
    };
  }, [ready, form, saveNow]);

  const removeMutate = remove.mutateAsync;
  const forget = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    await inFlight.current;
    await removeMutate({ formKey });
  }, [formKey, removeMutate]);

  return {
    restoredAt,
    flush: saveNow,
    async discard() {
      await forget();
      restoring.current = true;
      form.reset();
      restoring.current = false;
      setDiscarded(true);
    },
    async finish() {
      finished.current = true;
      await forget();
    },
  };
}

/**
 * The GOV.UK notification banner that says a draft was put back, with the choice to start again.
 * Shown above the form's heading, so it is the first thing read on the page.
 */
export function DraftRestoredBanner({ draft }: { draft: FormDraft }) {
  const [discarding, setDiscarding] = useState(false);
  if (!draft.restoredAt) return null;
  return (
    <NotificationBanner heading={`We restored what you typed on ${formatUkDateTime(draft.restoredAt)}`}>
      <p className="govuk-body">Check the answers below, or discard them to start again.</p>
      <Button
        type="button"
        variant="secondary"
        className="govuk-!-margin-bottom-0"
        disabled={discarding}
        onClick={() => {
          setDiscarding(true);
          void draft.discard().finally(() => setDiscarding(false));
        }}
      >
        Discard
      </Button>
    </NotificationBanner>
  );
}
