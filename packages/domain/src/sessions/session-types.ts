import { z } from "zod";
import { textSchema } from "../shared/text";

/**
 * Open-access session types and who they are for. Ages are in whole months so one rule covers
 * baby groups (under 1) and youth clubs (11–19) alike; "until" is exclusive — a stay-and-play for
 * under-5s is until 60 months, so a child can come up to the day before their 5th birthday.
 */
export const sessionAgeRuleSchema = z
  .object({
    fromMonths: z.number().int().min(0, "Ages start at 0 months").max(300),
    untilMonths: z.number().int().min(1).max(300),
    /** Young people with SEND or leaving care may keep coming until this age. */
    extendedUntilMonths: z.number().int().min(1).max(300).optional(),
    /** Expectant parents are welcome before the baby is born (antenatal and baby groups). */
    unbornWelcome: z.boolean().default(false),
  })
  .superRefine((r, ctx) => {
    if (r.untilMonths <= r.fromMonths)
      ctx.addIssue({
        code: "custom",
        path: ["untilMonths"],
        message: "The upper age must be above the lower age",
      });
    if (r.extendedUntilMonths !== undefined && r.extendedUntilMonths < r.untilMonths) {
      ctx.addIssue({
        code: "custom",
        path: ["extendedUntilMonths"],
        message: "The extended age must not be below the usual upper age",
      });
    }
  });
export type SessionAgeRule = z.infer<typeof sessionAgeRuleSchema>;

export const openAccessSessionTypeSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z0-9_]{2,40}$/, "Use lower-case letters, numbers and underscores, like stay_play_learn"),
  name: textSchema({ label: "session type’s name", max: 80, min: 1 }),
  ageRule: sessionAgeRuleSchema,
  /** Under-5s sessions are for children with their parent or carer, who stays throughout. */
  carerMustStay: z.boolean(),
  description: textSchema({ label: "description", max: 1000, multiline: true }).optional(),
});
export type OpenAccessSessionType = z.infer<typeof openAccessSessionTypeSchema>;

export const standardOpenAccessSessionTypes: readonly OpenAccessSessionType[] = [
  {
    code: "stay_play_learn",
    name: "Stay, play and learn",
    ageRule: { fromMonths: 0, untilMonths: 60, unbornWelcome: false },
    carerMustStay: true,
    description: "Play and early learning for under-5s with their parent or carer.",
  },
  {
    code: "baby_group",
    name: "Baby group",
    ageRule: { fromMonths: 0, untilMonths: 12, unbornWelcome: true },
    carerMustStay: true,
    description: "For babies under one and expectant parents.",
  },
  {
    code: "youth_session",
    name: "Youth session",
    ageRule: { fromMonths: 132, untilMonths: 240, extendedUntilMonths: 300, unbornWelcome: false },
    carerMustStay: false,
    description: "For young people aged 11 to 19, or up to 25 with SEND.",
  },
];

function ageText(months: number): string {
  return months % 12 === 0 ? `${months / 12}` : `${months} months`;
}

/** "under 5", "11 to 19 (up to 25 with SEND or leaving care)", for screens and refusal reasons. */
export function describeAgeRule(rule: SessionAgeRule): string {
  const lastAge = rule.untilMonths % 12 === 0 ? `${rule.untilMonths / 12 - 1}` : `under ${rule.untilMonths} months`;
  const base =
    rule.fromMonths === 0
      ? rule.untilMonths % 12 === 0
        ? `under ${rule.untilMonths / 12}`
        : `under ${rule.untilMonths} months`
      : `${ageText(rule.fromMonths)} to ${lastAge}`;
  if (rule.extendedUntilMonths === undefined || rule.extendedUntilMonths === rule.untilMonths) return base;
  return `${base} (up to ${ageText(rule.extendedUntilMonths)} with SEND or leaving care)`;
}
