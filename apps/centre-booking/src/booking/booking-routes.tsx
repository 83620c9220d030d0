import { Route } from "react-router";
import { CheckAnswersPage } from "../book/check-answers-page";
import { ChildrenPage } from "../book/children-page";
import { ConfirmationPage } from "../book/confirmation-page";
import { ConsentPage } from "../book/consent-page";
import { ContactPage } from "../book/contact-page";
import { NamePage } from "../book/name-page";
import { PostcodePage } from "../book/postcode-page";
import { FindSessionPage } from "../find/find-session-page";
import { AddChildPage } from "../manage/add-child-page";
import { CancelBookingPage } from "../manage/cancel-booking-page";
import { ManageBookingPage } from "../manage/manage-booking-page";
import { RemoveChildPage } from "../manage/remove-child-page";

/** The family's journey: find a session, answer the questions, then manage through the link. */
export function bookingRoutes() {
  return (
    <>
      <Route path="sessions" element={<FindSessionPage />} />
      <Route path="book/:sessionId">
        <Route path="children" element={<ChildrenPage />} />
        <Route path="name" element={<NamePage />} />
        <Route path="contact" element={<ContactPage />} />
        <Route path="postcode" element={<PostcodePage />} />
        <Route path="consent" element={<ConsentPage />} />
        <Route path="check" element={<CheckAnswersPage />} />
        <Route path="confirmation" element={<ConfirmationPage />} />
      </Route>
      <Route path="booking/manage">
        <Route index element={<ManageBookingPage />} />
        <Route path="cancel" element={<CancelBookingPage />} />
        <Route path="add-child" element={<AddChildPage />} />
        <Route path="remove-child" element={<RemoveChildPage />} />
      </Route>
    </>
  );
}
