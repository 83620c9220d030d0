import { formatUkDate, schemaOfFields, serverFieldErrors, serverFormErrors, SummaryList, useTRPC, type SummaryListRow } from "@hearth/ui";
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useNavigate } from "react-router";
import { toBookingInput, type BookingDraft } from "../booking/booking-draft";
import { paths, stepOfField, type BookingStep } from "../booking/paths";
import { BookingQuestionPage } from "../booking/question-page";
import { SessionDetails } from "../booking/session-details";
import { useBookingStep } from "../booking/use-booking-step";

const channelNames = { sms: "Text message", email: "Email" } as const;

function answerRows(sessionId: string, draft: BookingDraft): SummaryListRow[] {
  const change = (step: BookingStep, what: string) => ({
    to: `${paths.bookStep(sessionId, step)}?change=yes`,
    text: "Change",
    visuallyHiddenText: what,
  });
  return [
    ...draft.children.map((child, i) => ({
      key: `Child ${i + 1}`,
      value: `${child.firstName}, born ${formatUkDate(child.dateOfBirth)}`,
      action: change("children", `child ${i + 1}`),
    })),
    { key: "Your name", value: draft.carerName, action: change("name", "your name") },
    { key: "Mobile", value: draft.mobile || "Not given", action: change("contact", "mobile number") },
    { key: "Email", value: draft.email || "Not given", action: change("contact", "email address") },
    {
      key: "Send details by",
      value: draft.preferredChannel ? channelNames[draft.preferredChannel] : "Not given",
      action: change("contact", "how we send your details"),
    },
    { key: "Postcode", value: draft.postcode, action: change("postcode", "postcode") },
    {
      key: "Contact about other sessions",
      value: draft.consentToContact === "yes" ? "Yes" : "No",
      action: change("consent", "whether the centre may contact you"),
    },
  ];
}

export function CheckAnswersPage() {
  // Nothing to answer here: the whole booking is checked by the server, the one place it is made.
  const step = useBookingStep("check", { schema: schemaOfFields({}), answers: () => ({}) });
  const { sessionId, draft, update } = step;
  const navigate = useNavigate();
  const trpc = useTRPC();
  const [formMessages, setFormMessages] = useState<string[]>([]);
  const [attempts, setAttempts] = useState(0);
  const create = useMutation(
    trpc.bookings.create.mutationOptions({
      onSuccess: (result) => {
        update({ result, serverErrors: {} });
        void navigate(paths.bookStep(sessionId, "confirmation"), { replace: true });
      },
      onError: (error) => {
        setAttempts((n) => n + 1);
        const fields = serverFieldErrors(error);
        const elsewhere = Object.keys(fields).filter((field) => stepOfField(field) !== "check");
        if (elsewhere.length) {
          // Each problem is shown beside the question it is about, starting with the first.
          update({ serverErrors: fields });
          void navigate(`${paths.bookStep(sessionId, stepOfField(elsewhere[0]!))}?change=yes`);
          return;
        }
        setFormMessages([...Object.values(fields), ...serverFormErrors(error)]);
      },
    }),
  );
  const submit = () => {
    // A second press while the first is on its way would only repeat it; the key makes it harmless anyway.
    if (create.isPending) return;
    create.mutate(toBookingInput(sessionId, draft) as Parameters<typeof create.mutate>[0]);
  };
  const full = step.session.data?.full;

  return (
    <BookingQuestionPage
      step={step}
      title="Check your answers before booking"
      heading="Check your answers before booking"
      errors={formMessages.map((text) => ({ text }))}
      focusKey={attempts}
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        submit();
      }}
      submitText={full ? "Join the waiting list" : "Book the place"}
      busy={create.isPending}
    >
      {step.session.data && (
        <>
          <h2 className="govuk-heading-m">Session</h2>
          <SessionDetails session={step.session.data} />
        </>
      )}
      <h2 className="govuk-heading-m">Your answers</h2>
      <SummaryList rows={answerRows(sessionId, draft)} />
      <p className="govuk-body">
        We use these details to hold your place and tell you about it. The centre keeps them to count how many families its sessions reach.
      </p>
    </BookingQuestionPage>
  );
}
