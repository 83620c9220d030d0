import { childProtectionPlans, cinAssessments, cinClosures, cinPlans, cinReferrals, section47Enquiries } from "../../schema";
import type { EpisodeRows } from "./cin-episodes";
import type { RowWriter } from "./write-rows";

/** Referrals first, then what hangs off them: the order their foreign keys need. */
export async function writeEpisodeRows(write: RowWriter, rows: EpisodeRows) {
  await write(cinReferrals, rows.referrals, "CIN referrals");
  await write(cinAssessments, rows.assessments, "assessments");
  await write(cinPlans, rows.cinPlans, "CIN plans");
  await write(section47Enquiries, rows.section47s, "section 47 enquiries");
  await write(childProtectionPlans, rows.cpPlans, "child protection plans");
  await write(cinClosures, rows.closures, "CIN closures");
}
