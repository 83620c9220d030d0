import type { CurrencyPeriods, VisitCadence, WorkItemKind } from "@hearth/domain";
import type { Db } from "../client";

/** One task in My work, whichever service's source found it. */
export interface WorkItemRow {
  id: string;
  kind: WorkItemKind;
  title: string;
  dueOn: string;
  /** Null for work about a no-names consultation, which identifies no family. */
  familyId: string | null;
  familyName: string | null;
  /** The area of the record the work is about: the family's, or the consultation's. */
  areaId: string;
  consultationId: string | null;
  /** The directory entry to review, for a directory review. */
  directoryServiceId?: string;
  /** The young person to follow up, for a NEET activity gone out of date. */
  personId?: string;
  assignedTo: string;
}

export interface WorkItemParams {
  staffIds: string[];
  /** How often children on FSS cases must be seen: the API's configuration, else the defaults. */
  visitCadence?: VisitCadence;
  /** Months after its last review that a directory entry is due for review again: the API's configuration. */
  directoryReviewMonths?: number;
  /** Months each kind of NEET activity stays current: the API's configuration. */
  neetCurrencyPeriods?: CurrencyPeriods;
  /** Today in London, for work judged on the day (census problems, stale entries); the caller's clock, else the machine's. */
  today?: string;
  /** Weeks between FSS case reviews: the API's configuration, else the default. */
  caseReviewWeeks?: number;
}

export type WorkItemSource = (db: Db, params: WorkItemParams) => Promise<WorkItemRow[]>;
