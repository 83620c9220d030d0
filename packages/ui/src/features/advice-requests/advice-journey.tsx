import { adviceRequestSubmitSchema, type AdviceRequestReference, type AdviceRequestSubmit } from "@hearth/domain";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Outlet, useLocation, useNavigate, useOutletContext } from "react-router";
import { PageLayout } from "../../components/layout/page-layout";
import { LoadProblem } from "../../pages/problem-pages";
import { useTRPC } from "../../trpc/trpc";

/**
 * "Ask for advice about a child" (issue 11 §2): a public journey for professionals without an
 * account, one question per page. The answers are held in memory only, never in the browser's
 * storage, since they are about a child; they are kept as typed, so nothing is lost to an error.
 */

export const advicePaths = {
  start: "/ask-for-advice",
  mash: "/ask-for-advice/call-the-mash",
  who: "/ask-for-advice/who-you-are",
  organisation: "/ask-for-advice/organisation",
  email: "/ask-for-advice/email",
  child: "/ask-for-advice/child",
  concern: "/ask-for-advice/concern",
  check: "/ask-for-advice/check-answers",
  sent: "/ask-for-advice/check-your-email",
  confirm: "/ask-for-advice/confirm",
} as const;

export interface AdviceAnswers {
  name: string;
  role: string;
  organisation: string;
  email: string;
  childKind: "" | "named" | "no_names";
  childName: string;
  childAge: string;
  childSetting: string;
  localityId: string;
  concern: string;
  tried: string;
}

const empty: AdviceAnswers = {
  name: "",
  role: "",
  organisation: "",
  email: "",
  childKind: "",
  childName: "",
  childAge: "",
  childSetting: "",
  localityId: "",
  concern: "",
  tried: "",
};

interface Journey {
  answers: AdviceAnswers;
  update: (changes: Partial<AdviceAnswers>) => void;
  reset: () => void;
  reference: AdviceRequestReference;
}

/** The request as the server takes it, from the answers as typed. */
export function toAdviceInput(a: AdviceAnswers): unknown {
  return {
    immediateRisk: false,
    name: a.name,
    role: a.role,
    organisation: a.organisation,
    email: a.email,
    childKind: a.childKind || undefined,
    childName: a.childKind === "named" ? a.childName : undefined,
    consentGiven: a.childKind === "named",
    childAge: a.childAge,
    childSetting: a.childSetting,
    localityId: a.localityId,
    concern: a.concern,
    tried: a.tried,
  };
}

export function isCompleteAdvice(a: AdviceAnswers): boolean {
  return adviceRequestSubmitSchema.safeParse(toAdviceInput(a)).success;
}
export type { AdviceRequestSubmit };

export function AdviceJourneyLayout() {
  const trpc = useTRPC();
  const reference = useQuery(trpc.adviceRequests.reference.queryOptions({}));
  const [answers, setAnswers] = useState<AdviceAnswers>(empty);
  const journey = reference.data && {
    answers,
    update: (changes: Partial<AdviceAnswers>) => setAnswers((a) => ({ ...a, ...changes })),
    reset: () => setAnswers(empty),
    reference: reference.data,
  };
  return (
    <PageLayout>
      {reference.isError ? (
        <LoadProblem error={reference.error} what="the advice request form" />
      ) : journey ? (
        <Outlet context={journey satisfies Journey} />
      ) : (
        <p className="govuk-body" role="status">
          Loading…
        </p>
      )}
    </PageLayout>
  );
}

export function useAdviceJourney() {
  const journey = useOutletContext<Journey>();
  const navigate = useNavigate();
  const { search } = useLocation();
  const changing = new URLSearchParams(search).get("change") === "yes";
  return {
    ...journey,
    /** Where Continue goes: on to `next`, or back to check answers when changing one. */
    next: (path: string) => void navigate(changing ? advicePaths.check : path),
    backTo: (path: string) => (changing ? advicePaths.check : path),
  };
}
