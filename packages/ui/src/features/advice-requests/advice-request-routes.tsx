import { Route } from "react-router";
import { AdviceJourneyLayout } from "./advice-journey";
import { CheckAdviceAnswersPage, CheckYourEmailPage, ConfirmAdvicePage } from "./check-and-send";
import { CallTheMashPage, ChildPage, ConcernPage, EmailPage, ImmediateRiskQuestion, OrganisationPage, WhoPage } from "./question-pages";

/** The public "Ask for advice about a child" pages: outside the staff area, no sign-in. */
export function adviceRequestRoutes() {
  return (
    <Route path="ask-for-advice" element={<AdviceJourneyLayout />}>
      <Route index element={<ImmediateRiskQuestion />} />
      <Route path="call-the-mash" element={<CallTheMashPage />} />
      <Route path="who-you-are" element={<WhoPage />} />
      <Route path="organisation" element={<OrganisationPage />} />
      <Route path="email" element={<EmailPage />} />
      <Route path="child" element={<ChildPage />} />
      <Route path="concern" element={<ConcernPage />} />
      <Route path="check-answers" element={<CheckAdviceAnswersPage />} />
      <Route path="check-your-email" element={<CheckYourEmailPage />} />
      <Route path="confirm" element={<ConfirmAdvicePage />} />
    </Route>
  );
}
