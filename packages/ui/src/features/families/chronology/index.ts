export { FamilyChronologyPage } from "./chronology-page";
export { chronologyCsv } from "./chronology-csv";
