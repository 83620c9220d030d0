import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTestDatabase, type TestDatabase } from "@hearth/db/testing";
import { folderReturnFileStore, returnFileKeys } from "@hearth/jobs";
import { countCensusChildren } from "@hearth/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportCinCensus } from "../src/returns/cin-census-export";
import { censusChildIds, censusUpns, insertCensusChildren } from "./support/census-children";

/** The census file and report for a known set of children, compared element by element. */
let t: TestDatabase;
let folder: string;
let xml: string;
let report: string[];
const keys = returnFileKeys("cin-census", "5b7a3c1e-0000-4000-8000-000000000001");

beforeAll(async () => {
  t = await createTestDatabase();
  folder = await mkdtemp(join(tmpdir(), "hearth-census-"));
  await insertCensusChildren(t.db);
  const store = folderReturnFileStore(folder);
  await exportCinCensus({
    db: t.db,
    store,
    keys,
    censusYear: 2026,
    total: await countCensusChildren(t.db, 2026),
    header: { laCode: "931", softwareCode: "HEARTH", release: "1.2.3", serialNo: 4, madeAt: new Date("2026-04-20T09:30:00Z") },
    recordBaseUrl: "https://hearth.test/fss/people/",
    batchSize: 2,
  });
  xml = await readFile(join(folder, keys.file), "utf8");
  report = (await readFile(join(folder, keys.report), "utf8")).trimEnd().split("\r\n");
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
  await t.destroy();
});

/** Every element in document order as "Path/To/Element" or "Path/To/Element=value". */
function elements(document: string): string[] {
  const out: string[] = [];
  const open: string[] = [];
  for (const [, closing, name, text] of document.replace(/<\?xml[^>]*\?>/, "").matchAll(/<(\/?)([A-Za-z0-9]+)>([^<]*)/g)) {
    if (closing) {
      open.pop();
      continue;
    }
    open.push(name!);
    out.push(text!.trim() ? `${open.join("/")}=${text!.trim()}` : open.join("/"));
  }
  return out;
}

/** One CSV line's fields, quotes undone. */
function csvFields(line: string): string[] {
  return [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].slice(0, -1).map(([, field]) => field!.replace(/^"|"$/g, "").replace(/""/g, '"'));
}

// The stored LA child ID is the one returns have always sent: the person id's last 20 hex digits, upper case.
const id = (key: keyof typeof censusChildIds) => censusChildIds[key].replace(/-/g, "").slice(-20).toUpperCase();
const expected = `<?xml version="1.0" encoding="UTF-8"?>
<Message><Header>
  <CollectionDetails><Collection>CIN</Collection><Year>2026</Year><ReferenceDate>2026-03-31</ReferenceDate></CollectionDetails>
  <Source><SourceLevel>L</SourceLevel><LEA>931</LEA><SoftwareCode>HEARTH</SoftwareCode><Release>1.2.3</Release><SerialNo>4</SerialNo><DateTime>2026-04-20T09:30:00</DateTime></Source>
</Header><Children>
<Child>
  <ChildIdentifiers><LAchildID>${id("a")}</LAchildID><UPN>${censusUpns.a}</UPN><PersonBirthDate>2015-06-01</PersonBirthDate><Sex>F</Sex></ChildIdentifiers>
  <ChildCharacteristics><Ethnicity>WBRI</Ethnicity><Disabilities><Disability>NONE</Disability></Disabilities></ChildCharacteristics>
  <CINdetails>
    <CINreferralDate>2025-05-06</CINreferralDate><ReferralSource>2A</ReferralSource><PrimaryNeedCode>N4</PrimaryNeedCode>
    <CINclosureDate>2025-12-15</CINclosureDate><ReasonForClosure>RC7</ReasonForClosure>
    <Assessments><AssessmentActualStartDate>2025-05-07</AssessmentActualStartDate><AssessmentAuthorisationDate>2025-06-10</AssessmentAuthorisationDate>
      <FactorsIdentifiedAtAssessment><AssessmentFactors>3A</AssessmentFactors><AssessmentFactors>4B</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments>
    <CINPlanDates><CINPlanStartDate>2025-06-16</CINPlanStartDate><CINPlanEndDate>2025-12-15</CINPlanEndDate></CINPlanDates>
    <ReferralNFA>false</ReferralNFA>
  </CINdetails>
</Child>
<Child>
  <ChildIdentifiers><LAchildID>${id("b")}</LAchildID><UPN>${censusUpns.b}</UPN><PersonBirthDate>2019-02-10</PersonBirthDate><Sex>M</Sex></ChildIdentifiers>
  <ChildCharacteristics><Ethnicity>MWBC</Ethnicity><Disabilities><Disability>AUT</Disability><Disability>COMM</Disability></Disabilities></ChildCharacteristics>
  <CINdetails>
    <CINreferralDate>2025-09-01</CINreferralDate><ReferralSource>6</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode>
    <Assessments><AssessmentActualStartDate>2025-09-01</AssessmentActualStartDate><AssessmentAuthorisationDate>2025-10-06</AssessmentAuthorisationDate>
      <FactorsIdentifiedAtAssessment><AssessmentFactors>16A</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments>
    <Section47><S47ActualStartDate>2025-09-02</S47ActualStartDate><InitialCPCtarget>2025-09-23</InitialCPCtarget><DateOfInitialCPC>2025-09-19</DateOfInitialCPC></Section47>
    <ReferralNFA>false</ReferralNFA>
    <ChildProtectionPlans><CPPstartDate>2025-09-19</CPPstartDate><InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse><LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse>
      <NumberOfPreviousCPP>0</NumberOfPreviousCPP><Reviews><CPPreviewDate>2025-12-19</CPPreviewDate></Reviews></ChildProtectionPlans>
  </CINdetails>
</Child>
<Child>
  <ChildIdentifiers><LAchildID>${id("c")}</LAchildID><PersonBirthDate>2012-03-03</PersonBirthDate><Sex>F</Sex></ChildIdentifiers>
  <ChildCharacteristics><Ethnicity>WBRI</Ethnicity><Disabilities><Disability>NONE</Disability></Disabilities></ChildCharacteristics>
  <CINdetails>
    <CINreferralDate>2025-11-03</CINreferralDate><ReferralSource>1A</ReferralSource><PrimaryNeedCode>N5</PrimaryNeedCode>
    <Assessments><AssessmentActualStartDate>2025-11-04</AssessmentActualStartDate><AssessmentAuthorisationDate>2025-12-01</AssessmentAuthorisationDate></Assessments>
    <CINPlanDates><CINPlanStartDate>2025-10-20</CINPlanStartDate></CINPlanDates>
    <ReferralNFA>false</ReferralNFA>
  </CINdetails>
</Child>
</Children></Message>`;

describe("the CIN census file", () => {
  it("matches the expected document element by element, in the specification's order", () => {
    expect(elements(xml)).toEqual(elements(expected));
  });

  it("has no default namespace on Message and no empty elements", () => {
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<Message>/);
    expect(xml).not.toMatch(/xmlns/);
    expect(xml).not.toMatch(/<([A-Za-z0-9]+)>\s*<\/\1>/);
    expect(xml).not.toMatch(/<[A-Za-z0-9]+\s*\/>/);
  });

  it("leaves out the child whose only episode closed before the year", () => {
    expect(xml).not.toContain(id("outOfYear"));
  });

  it("leaves only the file and report in the store, no temporary files", async () => {
    expect((await readdir(join(folder, "cin-census"))).sort()).toEqual([keys.file.split("/")[1], keys.report.split("/")[1]].sort());
  });
});

describe("the validation report", () => {
  const rows = () => report.slice(1).map(csvFields);

  it("lists each class of problem with the right child, episode and link", () => {
    const row = (code: string) => rows().find((r) => r[2] === code);
    expect(row("4015")).toEqual([id("c"), "2025-11-03", "4015", "Error", expect.any(String), `https://hearth.test/fss/people/${censusChildIds.c}`]);
    expect(row("8897Q")).toEqual([id("c"), "2025-11-03", "8897Q", "Query", expect.any(String), `https://hearth.test/fss/people/${censusChildIds.c}`]);
    expect(row("8770Q")?.slice(0, 4)).toEqual([id("c"), "", "8770Q", "Query"]);
    // The whole return's rules: too few disability codes in a return of three children.
    expect(row("2887Q")?.slice(0, 4)).toEqual(["", "", "2887Q", "Query"]);
    expect(rows().filter((r) => r[0] === id("a") || r[0] === id("b"))).toEqual([]);
  });

  it("puts every error before every query", () => {
    const severities = rows().map((r) => r[3]);
    expect(severities.lastIndexOf("Error")).toBeLessThan(severities.indexOf("Query"));
    expect(report[0]).toBe("LA child ID,Episode (referral date),Rule,Severity,Problem,Record");
  });
});
