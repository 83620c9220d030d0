import { z } from "zod";
import { isoDateSchema } from "../calendar/iso-date";

/**
 * Strengths and Difficulties Questionnaire, scored as its authors publish (sdqinfo.org, "Scoring
 * the SDQ", 4–17 year olds). Answers are stored as given — 0 not true, 1 somewhat true,
 * 2 certainly true — and the five positively worded items are reversed here, so the same stored
 * answers can be re-scored if the scoring guidance changes. Item wording is the authors' and is not
 * reproduced; items are referred to by their number.
 */
export const SDQ_ITEM_COUNT = 25;

export const sdqSubscales = {
  emotional: [3, 8, 13, 16, 24],
  conduct: [5, 7, 12, 18, 22],
  hyperactivity: [2, 10, 15, 21, 25],
  peer: [6, 11, 14, 19, 23],
  prosocial: [1, 4, 9, 17, 20],
} as const;
export type SdqSubscale = keyof typeof sdqSubscales;
export const sdqDifficultySubscales = ["emotional", "conduct", "hyperactivity", "peer"] as const;

/** Items worded as strengths ("generally obedient"), so "certainly true" scores 0 difficulty. */
export const sdqReversedItems: readonly number[] = [7, 11, 14, 21, 25];

export const sdqInformants = ["parent", "teacher", "self"] as const;
export type SdqInformant = (typeof sdqInformants)[number];

const answer = z
  .number({ error: "Score must be between 0 and 2" })
  .int("Score must be between 0 and 2")
  .min(0, "Score must be between 0 and 2")
  .max(2, "Score must be between 0 and 2")
  .nullable();

export const sdqMeasurementCreateSchema = z.object({
  childId: z.uuid({ error: "Unknown child" }),
  informant: z.enum(sdqInformants, { error: "Say who completed the questionnaire" }),
  takenOn: isoDateSchema,
  /** Item 1 first; null for an item left blank. */
  answers: z.array(answer).length(SDQ_ITEM_COUNT, "The SDQ has 25 items: give an answer or a blank for each"),
});
export type SdqMeasurementCreate = z.infer<typeof sdqMeasurementCreateSchema>;

function itemScore(answers: readonly (number | null)[], item: number): number | null {
  const value = answers[item - 1];
  if (value === null || value === undefined) return null;
  return sdqReversedItems.includes(item) ? 2 - value : value;
}

/**
 * A subscale needs at least 3 of its 5 items; with 3 or 4 the mean is scaled up to 5 items and
 * rounded, as the published scoring does. Null when too few items were answered.
 */
export function sdqSubscaleScore(answers: readonly (number | null)[], subscale: SdqSubscale): number | null {
  const scores = sdqSubscales[subscale].map((item) => itemScore(answers, item)).filter((s): s is number => s !== null);
  if (scores.length < 3) return null;
  const sum = scores.reduce((a, b) => a + b, 0);
  return scores.length === 5 ? sum : Math.round((sum / scores.length) * 5);
}

export type SdqBand = "close_to_average" | "slightly_raised" | "high" | "very_high";
export const sdqBandLabels: Record<SdqBand, string> = {
  close_to_average: "Close to average",
  slightly_raised: "Slightly raised",
  high: "High",
  very_high: "Very high",
};

/**
 * Lowest score of the "slightly raised", "high" and "very high" bands, from the authors' four-band
 * categorisation. For the prosocial scale low scores are the concern, so its thresholds are the
 * highest score of each band, reading downwards ("slightly lowered", "low", "very low").
 */
const bandStarts: Record<SdqInformant, Record<"total" | SdqSubscale, readonly [number, number, number]>> = {
  parent: {
    total: [14, 17, 20],
    emotional: [4, 5, 7],
    conduct: [3, 4, 6],
    hyperactivity: [6, 8, 9],
    peer: [3, 4, 5],
    prosocial: [7, 6, 5],
  },
  teacher: {
    total: [12, 16, 19],
    emotional: [4, 5, 6],
    conduct: [3, 4, 5],
    hyperactivity: [6, 8, 9],
    peer: [3, 5, 6],
    prosocial: [5, 4, 3],
  },
  self: {
    total: [15, 18, 20],
    emotional: [5, 6, 7],
    conduct: [4, 5, 6],
    hyperactivity: [6, 7, 8],
    peer: [3, 4, 5],
    prosocial: [6, 5, 4],
  },
};

export function sdqBand(informant: SdqInformant, scale: "total" | SdqSubscale, score: number): SdqBand {
  const [raised, high, veryHigh] = bandStarts[informant][scale];
  if (scale === "prosocial") {
    if (score <= veryHigh) return "very_high";
    if (score <= high) return "high";
    if (score <= raised) return "slightly_raised";
    return "close_to_average";
  }
  if (score >= veryHigh) return "very_high";
  if (score >= high) return "high";
  if (score >= raised) return "slightly_raised";
  return "close_to_average";
}

export interface SdqScores {
  subscales: Record<SdqSubscale, number | null>;
  /** 0–40: the four difficulty subscales; null unless all four could be scored. */
  totalDifficulties: number | null;
  externalising: number | null;
  internalising: number | null;
  totalDifficultiesBand: SdqBand | null;
}

export function scoreSdq(measurement: Pick<SdqMeasurementCreate, "answers" | "informant">): SdqScores {
  const s = (name: SdqSubscale) => sdqSubscaleScore(measurement.answers, name);
  const subscales = {
    emotional: s("emotional"),
    conduct: s("conduct"),
    hyperactivity: s("hyperactivity"),
    peer: s("peer"),
    prosocial: s("prosocial"),
  };
  const sum = (...values: (number | null)[]) => (values.some((v) => v === null) ? null : values.reduce<number>((a, b) => a + b!, 0));
  const totalDifficulties = sum(subscales.emotional, subscales.conduct, subscales.hyperactivity, subscales.peer);
  return {
    subscales,
    totalDifficulties,
    externalising: sum(subscales.conduct, subscales.hyperactivity),
    internalising: sum(subscales.emotional, subscales.peer),
    totalDifficultiesBand: totalDifficulties === null ? null : sdqBand(measurement.informant, "total", totalDifficulties),
  };
}
