import { adviceRequestConfirmSchema, ADVICE_LINK_INVALID } from "@hearth/domain";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Navigate, useNavigate } from "react-router";
import { usePageTitle } from "../../app/service";
import { Button } from "../../components/button";
import { Panel } from "../../components/content";
import { ErrorSummary } from "../../components/error-summary";
import { SummaryList, type SummaryListRow } from "../../components/summary-list";
import { serverFieldErrors, serverFormErrors } from "../../forms/server-errors";
import { useTRPC } from "../../trpc/trpc";
import { advicePaths, isCompleteAdvice, toAdviceInput, useAdviceJourney, type AdviceAnswers } from "./advice-journey";

function answerRows(a: AdviceAnswers, localityName: string): SummaryListRow[] {
  const change = (to: string, what: string) => ({ to: `${to}?change=yes`, text: "Change", visuallyHiddenText: what });
  return [
    { key: "Your name", value: a.name, action: change(advicePaths.who, "your name") },
    { key: "Your role", value: a.role, action: change(advicePaths.who, "your role") },
    { key: "Organisation", value: a.organisation, action: change(advicePaths.organisation, "organisation") },
    { key: "Work email", value: a.email, action: change(advicePaths.email, "work email") },
    {
      key: "The child",
      value: a.childKind === "named" ? `${a.childName} (the family has agreed)` : "No names",
      action: change(advicePaths.child, "the child"),
    },
    { key: "Age", value: `${a.childAge}`, action: change(advicePaths.child, "age") },
    { key: "School or setting", value: a.childSetting || "Not given", action: change(advicePaths.child, "school or setting") },
    { key: "Locality", value: localityName, action: change(advicePaths.child, "locality") },
    { key: "Your concern", value: <span style={{ whiteSpace: "pre-line" }}>{a.concern}</span>, action: change(advicePaths.concern, "your concern") },
    {
      key: "What has been tried",
      value: <span style={{ whiteSpace: "pre-line" }}>{a.tried}</span>,
      action: change(advicePaths.concern, "what has been tried"),
    },
  ];
}

export function CheckAdviceAnswersPage() {
  const journey = useAdviceJourney();
  const navigate = useNavigate();
  const trpc = useTRPC();
  const [attempts, setAttempts] = useState(0);
  const submit = useMutation(
    trpc.adviceRequests.submit.mutationOptions({
      onSuccess: () => void navigate(advicePaths.sent, { replace: true }),
      onError: () => setAttempts((n) => n + 1),
    }),
  );
  usePageTitle("Check your answers before sending", { hasErrors: !!submit.error });
  if (!isCompleteAdvice(journey.answers)) return <Navigate to={advicePaths.start} replace />;
  const locality = journey.reference.localities.find((l) => l.id === journey.answers.localityId)?.name ?? "";
  const problems = submit.error ? [...Object.values(serverFieldErrors(submit.error)), ...serverFormErrors(submit.error)] : [];
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary items={problems.map((text) => ({ text }))} focusKey={attempts} />
        <h1 className="govuk-heading-l">Check your answers before sending</h1>
        <SummaryList rows={answerRows(journey.answers, locality)} />
        <h2 className="govuk-heading-m">Now confirm your email</h2>
        <p className="govuk-body">
          We will email a link to {journey.answers.email}. Your request reaches LCSS only when you open it. Nothing about the child is ever sent by
          email.
        </p>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (!submit.isPending) submit.mutate(toAdviceInput(journey.answers) as Parameters<typeof submit.mutate>[0]);
          }}
        >
          <Button disabled={submit.isPending}>Send and confirm my email</Button>
        </form>
      </div>
    </div>
  );
}

/** After sending: the answers are dropped from memory, so a shared computer does not keep them. */
export function CheckYourEmailPage() {
  const journey = useAdviceJourney();
  usePageTitle("Check your email");
  const email = journey.answers.email;
  const [shown] = useState(email);
  if (email) journey.reset();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Check your email</h1>
        <p className="govuk-body">We have sent a link to {shown || "your work email address"}.</p>
        <p className="govuk-body">Open the link to send your request to LCSS. It works once, for 24 hours. Until you open it, nothing is sent.</p>
      </div>
    </div>
  );
}

/**
 * The link from the email. The token is in the address's fragment, which browsers never send to a
 * server; it is sent only when the professional presses the button, so a mail scanner opening the
 * link does not confirm it for them.
 */
export function ConfirmAdvicePage() {
  const trpc = useTRPC();
  const [token] = useState(() => (typeof window === "undefined" ? "" : window.location.hash.slice(1)));
  const confirm = useMutation(trpc.adviceRequests.confirm.mutationOptions());
  const wellFormed = adviceRequestConfirmSchema.safeParse({ token }).success;
  const title = confirm.data ? "Request sent" : "Send your request for advice";
  usePageTitle(title, { hasErrors: !!confirm.error || !wellFormed });
  if (confirm.data)
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <Panel title="Request sent">
            Your reference
            <br />
            <strong>{confirm.data.reference}</strong>
          </Panel>
          <h2 className="govuk-heading-m">What happens next</h2>
          <p className="govuk-body">A locality worker will call you back. We will email you when they pick up your request.</p>
        </div>
      </div>
    );
  const problem = !wellFormed ? ADVICE_LINK_INVALID : confirm.error ? (serverFormErrors(confirm.error)[0] ?? ADVICE_LINK_INVALID) : null;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary items={problem ? [{ text: problem }] : []} focusKey={confirm.failureCount} />
        <h1 className="govuk-heading-l">Send your request for advice</h1>
        {problem ? (
          <p className="govuk-body">
            <a className="govuk-link" href={`${import.meta.env.BASE_URL.replace(/\/$/, "")}${advicePaths.start}`}>
              Ask for advice again
            </a>
          </p>
        ) : (
          <>
            <p className="govuk-body">You have confirmed your work email. Send your request to the locality team.</p>
            <form
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
                if (!confirm.isPending) confirm.mutate({ token });
              }}
            >
              <Button disabled={confirm.isPending}>Send my request</Button>
            </form>
          </>
        )}
      </div>
    </div>
  );
}
