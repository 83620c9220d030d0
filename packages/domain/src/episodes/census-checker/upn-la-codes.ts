/**
 * The LA codes rule 1530 accepts in characters 2–4 of a UPN: post-April-1998 LA codes and the
 * DfE's "pseudo LA" codes, copied as written from rule 1530's coding in the DfE's validation
 * rules workbook for the collection year below. 942 and 943 are the councils formed in April 2023
 * (Cumberland; Westmorland and Furness); North Yorkshire and Somerset kept 815 and 933.
 *
 * To refresh for a new collection year: open the DfE's "Children in need census <year>:
 * validation rules" workbook, copy rule 1530's list of codes into `codes` exactly as written
 * (ranges stay ranges), and set `collectionYear`. A test fails until this list and the
 * checker's `censusRulesCollectionYear` name the same year.
 */
export const upnLaCodeList = {
  collectionYear: "2025-26",
  codes:
    "001-005, 201-213, 301-320, 330-336, 340-344, 350-359, 370-373, 380-384, 390-394, 420, " +
    "660-681, 701-708, 800-803, 805-808, 810-813, 815, 816, 820-823, 825, 826, 830, 831, " +
    "835-837, 838-839, 840, 841, 845, 846, 850-852, 855-857, 860, 861, 865-896, 908, 909, " +
    "916, 919, 921, 925, 926, 928, 929, 931, 933, 935-938, 940-941, 942, 943",
} as const;

/** "001-005, 420" as the three-digit codes it names, the way the DfE writes the list. */
export function parseLaCodeList(list: string): ReadonlySet<string> {
  const codes = list.split(",").flatMap((part) => {
    const ends = part.split("-").map((n) => Number(n.trim()));
    const from = ends[0] ?? NaN;
    const to = ends[1] ?? from;
    if (ends.length > 2 || !Number.isInteger(from) || !Number.isInteger(to) || from > to) {
      throw new Error(`Not an LA code or range: "${part.trim()}"`);
    }
    return Array.from({ length: to - from + 1 }, (_, i) => String(from + i).padStart(3, "0"));
  });
  return new Set(codes);
}

export const recognisedUpnLaCodes: ReadonlySet<string> = parseLaCodeList(upnLaCodeList.codes);
