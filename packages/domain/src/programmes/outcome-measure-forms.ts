import { SDQ_ITEM_COUNT, sdqInformants, type SdqInformant } from "../assessments/sdq";
import { WEMWBS_ITEM_COUNT } from "../assessments/wemwbs";
import type { OutcomeMeasureKind } from "./programme-catalogue";
import { familyStarPlus } from "./outcome-measurement";

/**
 * What a screen needs to enter any outcome measure item by item: its items, the answers each item
 * takes, and how the answers become the measure's record for `outcomeMeasurementRecordSchema`. One
 * form serves every measure from these definitions; the scoring stays in the measure's own file.
 */
export interface OutcomeMeasureForm {
  measure: OutcomeMeasureKind;
  /** Short name for buttons and headings ("SDQ"). */
  name: string;
  /** The form's heading, with the article the name takes when said aloud ("an SDQ", "a WEMWBS"). */
  heading: string;
  /** What the saved total is called ("total difficulties"). */
  totalName: string;
  /** Each item's label, in the paper form's order. */
  items: readonly string[];
  answers: readonly { value: number; text: string }[];
  /** Whether an item may be left blank (the SDQ scores a scale with 3 of its 5 items). */
  blankAllowed: boolean;
  /** The SDQ's versions: who completed it. */
  informants?: readonly SdqInformant[];
  /** The schema path of an item's answer, so a refusal shows beside that item. */
  itemPath(index: number): string;
  /** The record to check and save, from the answers (null for a blank) in item order. */
  toRecord(personId: string, answers: readonly (number | null)[], informant?: string): Record<string, unknown>;
}

const numbered = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix} ${i + 1}`);

// Item wording is the authors' (and for the Star, Triangle's) licensed text and is not reproduced:
// items are named by number, the Star's areas by their published titles.
export const outcomeMeasureForms: Record<OutcomeMeasureKind, OutcomeMeasureForm> = {
  sdq: {
    measure: "sdq",
    name: "SDQ",
    heading: "Enter an SDQ",
    totalName: "total difficulties",
    items: numbered("Item", SDQ_ITEM_COUNT),
    answers: [
      { value: 0, text: "Not true" },
      { value: 1, text: "Somewhat true" },
      { value: 2, text: "Certainly true" },
    ],
    blankAllowed: true,
    informants: sdqInformants,
    itemPath: (i) => `answers.${i}`,
    toRecord: (personId, answers, informant) => ({ measure: "sdq", childId: personId, informant: informant || undefined, answers }),
  },
  wemwbs: {
    measure: "wemwbs",
    name: "WEMWBS",
    heading: "Enter a WEMWBS",
    totalName: "wellbeing score",
    items: numbered("Statement", WEMWBS_ITEM_COUNT),
    answers: [
      { value: 1, text: "None of the time" },
      { value: 2, text: "Rarely" },
      { value: 3, text: "Some of the time" },
      { value: 4, text: "Often" },
      { value: 5, text: "All of the time" },
    ],
    blankAllowed: false,
    itemPath: (i) => `answers.${i}`,
    toRecord: (personId, answers) => ({ measure: "wemwbs", personId, answers }),
  },
  outcomes_star: {
    measure: "outcomes_star",
    name: familyStarPlus.name,
    heading: `Enter a ${familyStarPlus.name}`,
    totalName: "total across the areas",
    items: familyStarPlus.areas,
    answers: Array.from({ length: 10 }, (_, i) => ({ value: i + 1, text: String(i + 1) })),
    blankAllowed: false,
    itemPath: (i) => `scores.${familyStarPlus.areas[i]}`,
    toRecord: (personId, answers) => ({
      measure: "outcomes_star",
      personId,
      star: familyStarPlus.name,
      // A blank area is left out, so the Star's check names it as unscored.
      scores: Object.fromEntries(familyStarPlus.areas.flatMap((area, i) => (answers[i] === null ? [] : [[area, answers[i]]]))),
    }),
  },
};
