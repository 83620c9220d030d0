import type { JobName } from "@hearth/jobs";
import { buildCinCensusProcessor } from "./build-cin-census";
import { buildNccisProcessor } from "./build-nccis";
import { dispatchFamilyMessagesProcessor } from "./dispatch-family-messages";
import { morningDigestProcessor } from "./morning-digest";
import { purgeExpiredSessionsProcessor } from "./purge-expired-sessions";
import { purgeUnconfirmedAdviceRequestsProcessor } from "./purge-unconfirmed-advice-requests";
import { scanConsultationFeedbackProcessor } from "./scan-consultation-feedback";
import { scanRemindersProcessor } from "./scan-reminders";
import { sendConsultationFeedbackProcessor } from "./send-consultation-feedback";
import { sendAdviceConfirmationProcessor, sendAdvicePickedUpProcessor } from "./send-advice-emails";
import { sendFamilyMessageProcessor } from "./send-family-message";
import { sendProgrammeMessageProcessor } from "./send-programme-message";
import { sendWorkDigestProcessor } from "./send-work-digest";
import { scanTafMeetingRemindersProcessor, sendTafMeetingRemindersProcessor } from "./taf-meeting-reminders";
import type { Processor } from "./types";

/** Every job name has exactly one processor; the type makes a missing one a compile error. */
export const processors: { [N in JobName]: Processor<N> } = {
  "sessions.purge-expired": purgeExpiredSessionsProcessor,
  "notifications.dispatch": dispatchFamilyMessagesProcessor,
  "reminders.scan": scanRemindersProcessor,
  "notifications.send": sendFamilyMessageProcessor,
  "notifications.send-programme": sendProgrammeMessageProcessor,
  "work.morning-digest": morningDigestProcessor,
  "work.send-digest": sendWorkDigestProcessor,
  "consultations.send-feedback": sendConsultationFeedbackProcessor,
  "consultations.feedback-scan": scanConsultationFeedbackProcessor,
  "adviceRequests.send-confirmation": sendAdviceConfirmationProcessor,
  "adviceRequests.send-picked-up": sendAdvicePickedUpProcessor,
  "adviceRequests.purge-unconfirmed": purgeUnconfirmedAdviceRequestsProcessor,
  "taf.meeting-reminder-scan": scanTafMeetingRemindersProcessor,
  "taf.send-meeting-reminders": sendTafMeetingRemindersProcessor,
  "returns.cin-census": buildCinCensusProcessor,
  "returns.nccis": buildNccisProcessor,
};
