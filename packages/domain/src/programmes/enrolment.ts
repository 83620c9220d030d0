import { z } from "zod";
import type { IsoDate } from "../calendar/iso-date";
import { ageInYears } from "../families/person";
import { decide, type Decision } from "../shared/result";
import type { ThresholdLevel } from "../thresholds/levels";
import type { Programme } from "./programme-catalogue";
import type { ProgrammeRunCreate } from "./programme-run";

export const enrolmentCreateSchema = z.object({
  runId: z.uuid({ error: "Unknown run" }),
  familyId: z.uuid({ error: "Unknown family" }),
  childId: z.uuid({ error: "Unknown child" }),
});
export type EnrolmentCreate = z.infer<typeof enrolmentCreateSchema>;

export interface ExistingEnrolment {
  runId: string;
  programmeId: string;
  familyId: string;
  status: "enrolled" | "completed" | "withdrawn";
}

export interface EnrolmentRequest {
  programme: Programme & { id: string };
  run: Pick<ProgrammeRunCreate, "schedule" | "capacity" | "status"> & { id: string };
  familyId: string;
  child: { name?: string; dateOfBirth?: IsoDate | null };
  /** The family's current level of need from its latest threshold decision. */
  levelOfNeed: ThresholdLevel | null;
  /** Every enrolment of this family, and every enrolment on this run. */
  enrolments: readonly ExistingEnrolment[];
  /** A family who asked at a centre has no threshold decision, and needs none for a universal place. */
  selfReferral?: boolean;
}

/** Why the child is outside the programme's ages when the run starts, or null. */
export function ageProblem(
  programme: Pick<Programme, "name" | "childAgeFrom" | "childAgeTo">,
  run: { schedule: { startsOn: IsoDate } },
  child: { name?: string; dateOfBirth?: IsoDate | null },
): string | null {
  if (!child.dateOfBirth) return `Add ${child.name ? `${child.name}’s` : "the child’s"} date of birth first`;
  const age = ageInYears(child.dateOfBirth, run.schedule.startsOn);
  if (age >= programme.childAgeFrom && age <= programme.childAgeTo) return null;
  return `${child.name ?? "The child"} will be ${age} when the run starts: ${programme.name} is for children aged ${programme.childAgeFrom} to ${programme.childAgeTo}`;
}

/** Whether a family can join a run; every reason if not, so staff can see what to resolve. */
export function checkEnrolment(request: EnrolmentRequest): Decision<{ placesTaken: number }> {
  const { programme, run, child } = request;
  const reasons: string[] = [];
  if (run.status === "finished" || run.status === "cancelled") reasons.push(`This run is ${run.status}`);
  const tooOldOrYoung = ageProblem(programme, run, child);
  if (tooOldOrYoung) reasons.push(tooOldOrYoung);
  if (request.levelOfNeed === null) {
    if (!request.selfReferral) reasons.push("Record a threshold decision for the family first");
  } else if (!programme.levelsOfNeed.includes(request.levelOfNeed)) {
    reasons.push(`${programme.name} serves level ${programme.levelsOfNeed.join(" or ")} needs; the family is at level ${request.levelOfNeed}`);
  }
  const active = (e: ExistingEnrolment) => e.status !== "withdrawn";
  if (request.enrolments.some((e) => e.familyId === request.familyId && e.runId === run.id && active(e))) {
    reasons.push("The family is already enrolled on this run");
  } else if (request.enrolments.some((e) => e.familyId === request.familyId && e.programmeId === programme.id && e.status === "enrolled")) {
    reasons.push(`The family is already enrolled on another run of ${programme.name}`);
  }
  const placesTaken = request.enrolments.filter((e) => e.runId === run.id && active(e)).length;
  if (placesTaken >= run.capacity) reasons.push("This run is full");
  return decide(reasons, () => ({ placesTaken: placesTaken + 1 }));
}
