/**
 * The NCCIS current-activity codes (spec nccis.md) with the words an EET officer and a young
 * person would use. The group decides how long a confirmation stays current, whether the young
 * person counts as NEET, and whether the activity may start before their 16th birthday.
 */
export const neetActivityGroups = ["school", "education", "employment", "training", "neet", "custody", "not_known"] as const;
export type NeetActivityGroup = (typeof neetActivityGroups)[number];

export const neetActivityGroupLabels: Record<NeetActivityGroup, string> = {
  school: "At school",
  education: "Education",
  employment: "Employment",
  training: "Training",
  neet: "Not in education, employment or training",
  custody: "Custody",
  not_known: "Not known",
};

interface ActivityCode {
  code: string;
  label: string;
  group: NeetActivityGroup;
}

const codes: readonly ActivityCode[] = [
  { code: "110", label: "Below school-leaving age: at school", group: "school" },
  { code: "120", label: "Below school-leaving age: in alternative provision", group: "school" },
  { code: "130", label: "Below school-leaving age: electively home educated", group: "school" },
  { code: "140", label: "Below school-leaving age: missing education", group: "school" },
  { code: "150", label: "Below school-leaving age: other", group: "school" },
  { code: "210", label: "School sixth form", group: "education" },
  { code: "220", label: "Sixth-form college", group: "education" },
  { code: "230", label: "Further education", group: "education" },
  { code: "240", label: "Higher education", group: "education" },
  { code: "250", label: "Part-time education", group: "education" },
  { code: "260", label: "Gap year", group: "education" },
  { code: "270", label: "Other full-time education", group: "education" },
  { code: "280", label: "Special post-16 institution", group: "education" },
  { code: "290", label: "Custodial institution (juvenile offender)", group: "education" },
  { code: "310", label: "Apprenticeship", group: "employment" },
  { code: "320", label: "Full-time job with study towards a qualification", group: "employment" },
  { code: "330", label: "Job without training", group: "employment" },
  { code: "340", label: "Part-time job", group: "employment" },
  { code: "350", label: "Temporary job", group: "employment" },
  { code: "360", label: "Other employment", group: "employment" },
  { code: "380", label: "Self-employed", group: "employment" },
  { code: "381", label: "Self-employed with part-time study", group: "employment" },
  { code: "550", label: "Volunteering with part-time study", group: "employment" },
  { code: "410", label: "Training programme", group: "training" },
  { code: "430", label: "Other training", group: "training" },
  { code: "440", label: "Training with an employer", group: "training" },
  { code: "450", label: "Traineeship", group: "training" },
  { code: "460", label: "Supported internship", group: "training" },
  { code: "530", label: "Re-engagement programme", group: "training" },
  { code: "540", label: "Volunteering (not for pay)", group: "neet" },
  { code: "610", label: "Not yet ready for work or learning", group: "neet" },
  { code: "615", label: "Start date agreed (education or training)", group: "neet" },
  { code: "616", label: "Start date agreed (other)", group: "neet" },
  { code: "619", label: "Looking for work, education or training", group: "neet" },
  { code: "620", label: "Caring for someone", group: "neet" },
  { code: "630", label: "Young parent", group: "neet" },
  { code: "640", label: "Ill", group: "neet" },
  { code: "650", label: "Pregnant", group: "neet" },
  { code: "660", label: "Religious grounds", group: "neet" },
  { code: "670", label: "Unlikely ever to be economically active", group: "neet" },
  { code: "680", label: "Other reason", group: "neet" },
  { code: "710", label: "In custody (young offender)", group: "custody" },
  { code: "810", label: "Current situation not known", group: "not_known" },
  { code: "820", label: "Cannot be contacted", group: "not_known" },
  { code: "830", label: "Refused to say what they are doing", group: "not_known" },
];

export const neetActivityCodes = codes.map((c) => c.code) as [string, ...string[]];
const byCode = new Map(codes.map((c) => [c.code, c]));

export function isNeetActivityCode(code: string): boolean {
  return byCode.has(code);
}
export function neetActivityLabel(code: string): string {
  return byCode.get(code)?.label ?? `Unknown activity ${code}`;
}
export function neetActivityGroup(code: string): NeetActivityGroup {
  const found = byCode.get(code);
  if (!found) throw new RangeError(`Not an NCCIS activity code: ${code}`);
  return found.group;
}
/** The codes with their labels, in code order, for the form's list. */
export const neetActivityOptions = codes.map(({ code, label, group }) => ({ code, label: `${code} ${label}`, group }));

/**
 * Activities a young person cannot have begun before their 16th birthday: a job, training or a
 * post-16 course follows the end of compulsory schooling. School, custody and "not known" can.
 */
export function activityNeedsSixteen(code: string): boolean {
  return ["education", "employment", "training", "neet"].includes(neetActivityGroup(code)) && code !== "290";
}

/** Whether the activity makes the young person NEET in the DfE's figures (540–680). */
export const isNeetActivity = (code: string) => byCode.get(code)?.group === "neet";
