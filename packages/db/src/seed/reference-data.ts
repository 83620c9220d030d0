import type { CallerOrganisationKind, StaffRole } from "@hearth/domain";

/**
 * The county's reference data, from the council's documents (see shared/specs/domain.md). Kept as
 * data, not code, so a council can change it through the admin screens once they exist.
 */
export const areaData = [
  { code: "north", name: "North", office: "Samuelson House" },
  { code: "central", name: "Central", office: "Knight's Court" },
  { code: "south", name: "South", office: "Abbey House" },
] as const;

export type AreaCode = (typeof areaData)[number]["code"];

export const localityData: { area: AreaCode; name: string; postcodeDistricts: string[] }[] = [
  { area: "north", name: "Banbury North", postcodeDistricts: ["OX16"] },
  { area: "north", name: "Banbury Rural", postcodeDistricts: ["OX15", "OX17"] },
  { area: "north", name: "Bicester", postcodeDistricts: ["OX25", "OX26", "OX27"] },
  { area: "north", name: "Kidlington", postcodeDistricts: ["OX5"] },
  { area: "north", name: "Witney/Eynsham", postcodeDistricts: ["OX28", "OX29"] },
  { area: "north", name: "Carterton", postcodeDistricts: ["OX18"] },
  { area: "north", name: "Chipping Norton", postcodeDistricts: ["OX7"] },
  { area: "north", name: "Woodstock", postcodeDistricts: ["OX20"] },
  { area: "central", name: "Headington", postcodeDistricts: ["OX3"] },
  { area: "central", name: "Oxford South East", postcodeDistricts: ["OX4"] },
  { area: "central", name: "Oxford Central and North", postcodeDistricts: ["OX1", "OX2"] },
  { area: "central", name: "Wheatley", postcodeDistricts: ["OX33", "OX44"] },
  { area: "south", name: "Abingdon", postcodeDistricts: ["OX13", "OX14"] },
  { area: "south", name: "Didcot", postcodeDistricts: ["OX11"] },
  { area: "south", name: "Wantage", postcodeDistricts: ["OX12"] },
  { area: "south", name: "Wallingford", postcodeDistricts: ["OX10"] },
  { area: "south", name: "Thame", postcodeDistricts: ["OX9"] },
  { area: "south", name: "Henley", postcodeDistricts: ["RG9"] },
  { area: "south", name: "Chinnor and Watlington", postcodeDistricts: ["OX39", "OX49"] },
];

export const centreData: {
  slug: string;
  name: string;
  kind: "centre" | "shared_site" | "mobile";
  /** Every place has an owning area (ADR 8): the mobile provision serves the county but North runs it. */
  area: AreaCode;
  town: string;
  address: string | null;
  /** Postcode districts the centre is expected to reach (see centres.reach_postcode_districts). */
  reach: string[];
}[] = [
  {
    slug: "banbury",
    name: "Banbury Children and Family Centre",
    kind: "centre",
    area: "north",
    town: "Banbury",
    address: "Hilton Road, Banbury",
    reach: ["OX15", "OX16", "OX17"],
  },
  {
    slug: "bicester",
    name: "Bicester Children and Family Centre",
    kind: "centre",
    area: "north",
    town: "Bicester",
    address: "The Courtyard, Launton Road, Bicester",
    reach: ["OX25", "OX26", "OX27"],
  },
  {
    slug: "witney",
    name: "Witney Children and Family Centre",
    kind: "centre",
    area: "north",
    town: "Witney",
    address: "West Oxfordshire hub, Witan Way, Witney",
    reach: ["OX18", "OX28", "OX29"],
  },
  {
    slug: "barton-sandhills",
    name: "Barton and Sandhills Children and Family Centre",
    kind: "centre",
    area: "central",
    town: "Oxford",
    address: "The Roundabout Centre, Waynflete Road, Barton, Oxford",
    reach: ["OX3"],
  },
  {
    slug: "rose-hill-littlemore",
    name: "Rose Hill and Littlemore Children and Family Centre",
    kind: "centre",
    area: "central",
    town: "Oxford",
    address: "Ashhurst Way, Rose Hill, Oxford",
    reach: ["OX4"],
  },
  {
    slug: "blackbird-leys",
    name: "Blackbird Leys Children and Family Centre",
    kind: "centre",
    area: "central",
    town: "Oxford",
    address: "Leys Children's Centre, Cuddesdon Way, Blackbird Leys, Oxford",
    reach: ["OX4"],
  },
  {
    slug: "abingdon",
    name: "Abingdon Children and Family Centre",
    kind: "centre",
    area: "south",
    town: "Abingdon",
    address: "The Net, Stratton Way, Abingdon",
    reach: ["OX13", "OX14"],
  },
  {
    slug: "didcot",
    name: "Didcot Children and Family Centre",
    kind: "centre",
    area: "south",
    town: "Didcot",
    address: "The Vibe, Park Road, Didcot",
    reach: ["OX11", "OX12"],
  },
  {
    slug: "east-street-banbury",
    name: "East Street Centre",
    kind: "shared_site",
    area: "north",
    town: "Banbury",
    address: "East Street, Banbury",
    reach: ["OX16"],
  },
  {
    slug: "east-oxford",
    name: "East Oxford Children's Centre",
    kind: "shared_site",
    area: "central",
    town: "Oxford",
    address: "East Oxford",
    reach: ["OX4"],
  },
  {
    slug: "mobile",
    name: "Mobile provision (rural and traveller communities)",
    kind: "mobile",
    area: "north",
    town: "Across the county",
    address: null,
    reach: [],
  },
];

/** One demo account per role, outside production only. All share the printed demo password. */
export const demoStaffData: {
  email: string;
  displayName: string;
  role: StaffRole;
  area?: AreaCode;
  centre?: string;
}[] = [
  { email: "lcss.worker@hearth.test", displayName: "Lena Carter", role: "lcss_worker", area: "north" },
  { email: "lcss.senior@hearth.test", displayName: "Sam Patel", role: "lcss_senior", area: "central" },
  { email: "fss.worker@hearth.test", displayName: "Fran Okafor", role: "fss_worker", area: "south" },
  { email: "fss.manager@hearth.test", displayName: "Mo Hughes", role: "fss_manager", area: "central" },
  { email: "centre.staff@hearth.test", displayName: "Cal Evans", role: "centre_staff", centre: "blackbird-leys" },
  { email: "centre.manager@hearth.test", displayName: "Cat Morgan", role: "centre_manager", centre: "banbury" },
  { email: "eet.officer@hearth.test", displayName: "Eddie Tran", role: "eet_officer" },
  { email: "data.officer@hearth.test", displayName: "Dana Reid", role: "data_officer" },
  { email: "admin@hearth.test", displayName: "Ada Brooks", role: "admin" },
];

export const DEMO_PASSWORD = "hearth-demo-2026";

/**
 * Demo organisations on LCSS's list of callers, outside production only: invented names, so no
 * real school or surgery appears in a demonstration. A council loads its own list.
 */
export const demoCallerOrganisationData: { name: string; kind: CallerOrganisationKind; area: AreaCode | null }[] = [
  { name: "Banbury Meadow Primary School", kind: "school", area: "north" },
  { name: "Bicester Brook Academy", kind: "school", area: "north" },
  { name: "Headington Hill Primary School", kind: "school", area: "central" },
  { name: "Cowley Marsh Secondary School", kind: "school", area: "central" },
  { name: "Didcot Vale Primary School", kind: "school", area: "south" },
  { name: "Abingdon Riverside Academy", kind: "school", area: "south" },
  { name: "Little Acorns Nursery, Witney", kind: "early_years", area: "north" },
  { name: "Rose Hill Pre-school", kind: "early_years", area: "central" },
  { name: "Wantage Busy Bees Nursery", kind: "early_years", area: "south" },
  { name: "Horsefair Surgery, Banbury", kind: "gp_practice", area: "north" },
  { name: "East Oxford Health Centre", kind: "gp_practice", area: "central" },
  { name: "Wallingford Medical Practice", kind: "gp_practice", area: "south" },
  { name: "Health visiting team", kind: "health", area: null },
  { name: "Thames Valley Police", kind: "police", area: null },
  { name: "Oxfordshire Family Food Network", kind: "voluntary", area: null },
];
