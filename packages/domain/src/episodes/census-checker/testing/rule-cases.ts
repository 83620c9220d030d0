import { upnCheckLetter } from "../../../families/identifiers";
import type { CensusCpPlan, CensusChild, CensusEpisode } from "../../census-child";
import type { CensusRuleCode } from "../census-rules";

/**
 * One hand-made break per census rule the child checker covers: each case changes the clean
 * child so that it breaks that rule (other rules may break too; the test asks for this one).
 */
type Case = (child: CensusChild, episode: CensusEpisode) => void;

const assessment = (e: CensusEpisode) => e.assessments[0]!;
const s47 = (e: CensusEpisode) => e.section47s[0]!;
const cpp = (e: CensusEpisode) => e.cpPlans[0]!;
const cinPlan = (e: CensusEpisode) => e.cinPlans[0]!;
const open = (e: CensusEpisode) => Object.assign(e, { closureDate: null, reasonForClosure: null });
const withUpnBody = (body: string) => `${upnCheckLetter(body) ?? "A"}${body}`;
const plan = (p: Partial<CensusCpPlan>): CensusCpPlan => ({
  startDate: null,
  endDate: null,
  initialCategory: "NEG",
  latestCategory: "NEG",
  numberOfPreviousCpp: 0,
  reviewDates: [],
  ...p,
});
const anotherEpisode = (e: Partial<CensusEpisode>): CensusEpisode => ({
  referralDate: null,
  referralSource: "6",
  primaryNeed: "N4",
  closureDate: null,
  reasonForClosure: null,
  dateOfInitialCpc: null,
  referralNfa: false,
  assessments: [],
  cinPlans: [],
  section47s: [],
  cpPlans: [],
  ...e,
});

export const childRuleCases: Partial<Record<CensusRuleCode, Case>> = {
  "1103": (_, e) => void (assessment(e).startDate = "2025-05-01"),
  "1104": (_, e) => void (s47(e).dateOfInitialCpc = "2025-05-05"),
  "1105": (_, e) => void (cpp(e).startDate = "2025-05-01"),
  "1510": (c) => void (c.upn = "A801200005001"),
  "1530": (c) => void (c.upn = withUpnBody("999200005001")),
  "1540": (c) => void (c.upn = "B8012000A5001"),
  "1550": (c) => void (c.upn = "B80120000500I"),
  "1560Q": (c) => void (c.formerUpn = "A801200005001"),
  "1570": (c) => void (c.laChildId = "A".repeat(21)),
  "1580": (c) => void (c.laChildId = "HC-000123"),
  "2884": (_, e) => void (e.dateOfInitialCpc = "2025-05-29"),
  "2885": (_, e) => void (cpp(e).startDate = "2025-05-30"),
  "2889": (_, e) => void (s47(e).startDate = "2025-05-01"),
  "2990": (_, e) => void (e.reasonForClosure = "RC8"),
  "2991Q": (_, e) => void (e.assessments = []),
  "4000": (_, e) => void (e.referralNfa = true),
  "4001": (_, e) => {
    open(e);
    cinPlan(e).endDate = null;
    cpp(e).endDate = null;
  },
  "4003": (_, e) => void cpp(e).reviewDates.push("2025-12-04"),
  "4004": (_, e) => {
    open(e);
    e.cinPlans = [
      { startDate: "2025-11-20", endDate: null },
      { startDate: "2026-01-10", endDate: null },
    ];
  },
  "4008": (c) => void (c.dateOfDeath = "2025-11-01"),
  "4009Q": (c) => void (c.dateOfDeath = "2026-01-01"),
  "4010": (_, e) => void (cinPlan(e).startDate = null),
  "4011": (_, e) => void (cinPlan(e).endDate = "2025-11-10"),
  "4012Q": (_, e) => void (cinPlan(e).endDate = "2025-11-20"),
  "4013": (_, e) => {
    open(e);
    cinPlan(e).endDate = "2026-04-02";
  },
  "4014": (_, e) => void e.cinPlans.push({ startDate: "2026-01-05", endDate: "2026-02-20" }),
  "4015": (_, e) => void (cinPlan(e).startDate = "2025-05-01"),
  "4016": (_, e) => void (cinPlan(e).startDate = "2025-06-10"),
  "4017": (_, e) => void (e.cinPlans = [{ startDate: "2025-05-20", endDate: "2025-06-30" }]),
  "4180": (c) => void (c.sex = "X"),
  "4220": (c) => void (c.ethnicity = "ZZZZ"),
  "8500": (c) => void (c.laChildId = " "),
  "8520": (c) => void (c.dateOfBirth = "2026-04-10"),
  "8525Q": (c) => void (c.expectedDateOfBirth = "2026-05-01"),
  "8530Q": (c) => Object.assign(c, { dateOfBirth: null, expectedDateOfBirth: "2027-02-01", sex: "U" }),
  "8535Q": (c) => void (c.dateOfDeath = "2014-01-01"),
  "8540": (c) => void (c.disabilities = []),
  "8545Q": (c) => void (c.dateOfDeath = "2025-03-01"),
  "8555Q": (c) => void (c.dateOfDeath = "2025-05-01"),
  "8565": (_, e) => void (e.closureDate = "2026-02-20"),
  "8568": (_, e) => void (e.referralNfa = null),
  "8569Q": (_, e) => Object.assign(e, { referralNfa: true, referralDate: "2025-03-01" }),
  "8585Q": (_, e) => void (e.reasonForClosure = "RC2"),
  "8590": (c) => void (c.episodes = []),
  "8600": (_, e) => void (e.referralDate = null),
  "8606": (c) => void (c.dateOfBirth = "2026-03-01"),
  "8608": (_, e) => void (assessment(e).authorisationDate = "2025-05-06"),
  "8610": (_, e) => void (e.primaryNeed = null),
  "8614": (_, e) => void (assessment(e).authorisationDate = null),
  "8615": (_, e) => void (s47(e).startDate = null),
  "8620": (_, e) => void (e.closureDate = "2026-04-05"),
  "8630": (_, e) => void (e.closureDate = "2025-05-01"),
  "8640": (_, e) => void (e.reasonForClosure = "RC10"),
  "8650": (_, e) => void (e.primaryNeed = "N12"),
  "8670Q": (_, e) =>
    void open(e).assessments.push({
      startDate: "2025-10-01",
      authorisationDate: null,
      factors: [],
    }),
  "8675Q": (_, e) =>
    void open(e).section47s.push({
      startDate: "2025-12-01",
      icpcTargetDate: null,
      dateOfInitialCpc: null,
      icpcNotRequired: false,
    }),
  "8696": (_, e) => void (assessment(e).authorisationDate = "2026-04-02"),
  "8715": (_, e) => void (s47(e).dateOfInitialCpc = "2025-03-27"),
  "8720": (_, e) => void (cpp(e).startDate = null),
  "8730": (_, e) => void (cpp(e).numberOfPreviousCpp = null),
  "8736": (_, e) => void e.assessments.push({ startDate: "2025-03-10", authorisationDate: null, factors: [] }),
  "8740": (_, e) =>
    void e.section47s.push({
      startDate: "2025-03-10",
      icpcTargetDate: null,
      dateOfInitialCpc: null,
      icpcNotRequired: false,
    }),
  "8750": (c) => Object.assign(c, { dateOfBirth: null, expectedDateOfBirth: "2026-06-01", sex: "F" }),
  "8770Q": (c) => Object.assign(c, { upn: null, upnUnknown: "UN1" }),
  "8772": (c) => void (c.upnUnknown = "UN7"),
  "8775Q": (c) => void (c.dateOfBirth = "2000-01-01"),
  "8790": (c) => void (c.disabilities = ["NONE", "AUT"]),
  "8794": (c) => void (c.disabilities = ["AUT", "AUT"]),
  "8805": (_, e) => void (e.reasonForClosure = null),
  "8810": (_, e) => void (e.closureDate = null),
  "8815": (c, e) => {
    open(e);
    c.episodes.push(anotherEpisode({ referralDate: "2026-03-02" }));
  },
  "8816": (c, e) => {
    open(e);
    c.episodes.push(
      anotherEpisode({
        referralDate: "2026-03-02",
        closureDate: "2026-03-10",
        reasonForClosure: "RC7",
      }),
    );
  },
  "8820": (c) =>
    void c.episodes.push(
      anotherEpisode({
        referralDate: "2025-06-01",
        closureDate: "2025-07-01",
        reasonForClosure: "RC7",
      }),
    ),
  "8825Q": (_, e) => Object.assign(e, { reasonForClosure: "RC9", assessments: [] }),
  "8831": (_, e) => void (e.referralNfa = true),
  "8832": (_, e) => void (e.referralNfa = true),
  "8839": (_, e) =>
    void open(e).section47s.push(
      {
        startDate: "2026-03-02",
        icpcTargetDate: null,
        dateOfInitialCpc: null,
        icpcNotRequired: false,
      },
      {
        startDate: "2026-03-03",
        icpcTargetDate: null,
        dateOfInitialCpc: null,
        icpcNotRequired: null,
      },
    ),
  "8840": (_, e) => void (cpp(e).endDate = "2025-05-29"),
  "8841": (_, e) => void (cpp(e).reviewDates = ["2025-05-29"]),
  "8842Q": (_, e) => void (cpp(e).reviewDates = [null]),
  "8863Q": (_, e) =>
    void e.assessments.push({
      startDate: "2025-06-01",
      authorisationDate: "2025-07-01",
      factors: ["3B"],
    }),
  "8866": (_, e) => void (e.referralSource = "11"),
  "8867": (_, e) => Object.assign(assessment(e), { authorisationDate: null, factors: [] }),
  "8868": (_, e) => void (s47(e).dateOfInitialCpc = null),
  "8869": (_, e) => void (assessment(e).factors = ["21", "3B"]),
  "8870Q": (_, e) => void (s47(e).icpcTargetDate = "2025-05-31"),
  "8873Q": (_, e) => void (assessment(e).factors = ["21"]),
  "8875": (_, e) => void (s47(e).dateOfInitialCpc = "2025-05-31"),
  "8890": (_, e) =>
    void e.section47s.push({
      startDate: "2025-05-20",
      icpcTargetDate: null,
      dateOfInitialCpc: null,
      icpcNotRequired: true,
    }),
  "8896": (_, e) =>
    void open(e).assessments.push(
      { startDate: "2026-03-02", authorisationDate: null, factors: [] },
      { startDate: "2026-03-09", authorisationDate: null, factors: [] },
    ),
  "8897Q": (_, e) => void (assessment(e).factors = []),
  "8898": (_, e) => void (assessment(e).factors = ["3B", "3B"]),
  "8905": (_, e) => void (cpp(e).initialCategory = "XYZ"),
  "8910": (_, e) => void (cpp(e).latestCategory = null),
  "8915": (c) => void (c.dateOfDeath = "2025-05-20"),
  "8920": (c) => void (c.dateOfDeath = "2025-10-01"),
  "8925": (_, e) => void (cpp(e).endDate = "2025-05-20"),
  "8930": (_, e) => {
    open(e);
    cpp(e).endDate = "2026-04-15";
  },
  "8935": (_, e) => {
    open(e);
    e.cinPlans = [];
    cpp(e).endDate = null;
    e.cpPlans.push(plan({ startDate: "2025-12-01" }));
  },
  "8940": (_, e) => void e.cpPlans.push(plan({ startDate: "2025-06-12", endDate: "2025-09-01" })),
  "8945Q": (_, e) => void (assessment(e).factors = ["18A"]),
  "8950Q": (_, e) => void (assessment(e).factors = ["19A"]),
};
