import { csvCell } from "../../shared/csv";
import { xmlElement as el, xmlGroup as group } from "../../shared/xml";
import { neetActivityLabel } from "../activity-codes";
import { neetActivitySourceLabels, type NeetActivitySource } from "../neet-record";
import { nccisCharacteristicCodes, nccisOfferCodes, nccisSourceCodes, nccisTags as tag } from "./nccis-tags";

/**
 * The monthly NCCIS file, written a young person at a time so the worker can stream it: header,
 * each young person, footer. Tag names come only from nccis-tags.ts. A young person with no
 * recorded activity is sent as 810 (not known), which is what the DfE counts them as.
 */
export interface NccisYoungPerson {
  personId: string;
  upn: string | null;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  sex: string | null;
  postcode: string | null;
  /** From the person record: with an EHC plan a young person stays in the cohort to academic age 24. */
  hasEhcPlan: boolean | null;
  activityCode: string | null;
  startDate: string | null;
  expectedEndDate: string | null;
  lastConfirmedOn: string | null;
  source: string | null;
  characteristics: string[];
  intendedDestinationCode: string | null;
  septemberGuaranteeYear11: string | null;
  septemberGuaranteeYear12: string | null;
}

export interface NccisHeader {
  referenceDate: string;
  laCode: string;
  softwareCode: string;
  release: string;
  serialNo: number;
  madeAt: Date;
}

export const NOT_KNOWN_CODE = "810";

export function nccisXmlHeader(h: NccisHeader): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<${tag.message}>` +
    group(
      tag.header,
      el(tag.collection, tag.collectionName) +
        el(tag.referenceDate, h.referenceDate) +
        el(tag.laCode, h.laCode) +
        el(tag.softwareCode, h.softwareCode) +
        el(tag.release, h.release) +
        el(tag.serialNo, h.serialNo) +
        el(tag.madeAt, h.madeAt.toISOString().slice(0, 19)),
    ) +
    `<${tag.youngPeople}>\n`
  );
}

export const nccisXmlFooter = `</${tag.youngPeople}></${tag.message}>\n`;

/** The LA's own id for a young person: their person id without hyphens, as the census does. */
export const nccisPersonId = (personId: string) => personId.replace(/-/g, "").toUpperCase();

export function nccisYoungPersonXml(yp: NccisYoungPerson): string {
  const activity = group(
    tag.activity,
    el(tag.activityCode, yp.activityCode ?? NOT_KNOWN_CODE) +
      el(tag.startDate, yp.startDate) +
      el(tag.expectedEndDate, yp.expectedEndDate) +
      el(tag.lastConfirmedOn, yp.lastConfirmedOn) +
      el(tag.source, yp.source ? nccisSourceCodes[yp.source] : null),
  );
  const characteristics = group(tag.characteristics, yp.characteristics.map((c) => el(tag.characteristic, nccisCharacteristicCodes[c])).join(""));
  const guarantee = group(
    tag.septemberGuarantee,
    el(tag.septemberGuaranteeYear11, yp.septemberGuaranteeYear11 ? nccisOfferCodes[yp.septemberGuaranteeYear11] : null) +
      el(tag.septemberGuaranteeYear12, yp.septemberGuaranteeYear12 ? nccisOfferCodes[yp.septemberGuaranteeYear12] : null),
  );
  return (
    group(
      tag.youngPerson,
      el(tag.personId, nccisPersonId(yp.personId)) +
        el(tag.upn, yp.upn) +
        el(tag.surname, yp.lastName) +
        el(tag.forename, yp.firstName) +
        el(tag.dateOfBirth, yp.dateOfBirth) +
        el(tag.sex, yp.sex) +
        el(tag.postcode, yp.postcode) +
        activity +
        characteristics +
        el(tag.intendedDestination, yp.intendedDestinationCode) +
        guarantee,
    ) + "\n"
  );
}

/** The same records as a spreadsheet, in words as well as codes, for the team's own checks. */
export const nccisCsvHeader =
  "LA young person ID,UPN,Family name,Given name,Date of birth,Postcode,Activity code,Activity,Start date,Expected end,Last confirmed,Source,Characteristics,Intended destination,Year 11 offer,Year 12 offer\r\n";

export function nccisCsvLine(yp: NccisYoungPerson): string {
  const code = yp.activityCode ?? NOT_KNOWN_CODE;
  return (
    [
      nccisPersonId(yp.personId),
      yp.upn ?? "",
      yp.lastName,
      yp.firstName,
      yp.dateOfBirth,
      yp.postcode ?? "",
      code,
      neetActivityLabel(code),
      yp.startDate ?? "",
      yp.expectedEndDate ?? "",
      yp.lastConfirmedOn ?? "",
      yp.source ? (neetActivitySourceLabels[yp.source as NeetActivitySource] ?? yp.source) : "",
      yp.characteristics.join(" "),
      yp.intendedDestinationCode ?? "",
      yp.septemberGuaranteeYear11 ?? "",
      yp.septemberGuaranteeYear12 ?? "",
    ]
      .map(csvCell)
      .join(",") + "\r\n"
  );
}

/** The month's reference date: its last day. */
export function nccisReferenceDate(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}
