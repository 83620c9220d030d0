import { addMonths, londonDateOf, type DirectoryServiceCreate } from "@hearth/domain";
import { eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { insertDirectoryService } from "../queries/directory";
import { directoryServices, localities, staffUsers } from "../schema";

type SeedService = Omit<DirectoryServiceCreate, "localityIds" | "lastReviewedOn" | "active" | "venues" | "openings"> & {
  localities: string[];
  venues?: DirectoryServiceCreate["venues"];
  openings?: DirectoryServiceCreate["openings"];
  /**
   * Months since it was last reviewed, all within the six months: a seeded entry in My work would be
   * work on every demo account from the first morning (and in every test's morning digest).
   */
  reviewedMonthsAgo: number;
  /** The demo account that keeps it. */
  owner: "lcss.worker@hearth.test" | "lcss.senior@hearth.test";
};

const north = ["Banbury North", "Banbury Rural", "Bicester", "Kidlington", "Witney/Eynsham", "Carterton", "Chipping Norton", "Woodstock"];
const central = ["Headington", "Oxford South East", "Oxford Central and North", "Wheatley"];
const south = ["Abingdon", "Didcot", "Wantage", "Wallingford", "Thame", "Henley", "Chinnor and Watlington"];

/**
 * A demonstration directory of the kinds of service a county's localities have (made up: names,
 * numbers from Ofcom's drama ranges, example.org addresses), so "Find support near you" and the staff
 * list are not empty. Written once, only where the directory is empty, so a council's own entries
 * are never touched.
 */
const directoryData: SeedService[] = [
  {
    name: "Banbury Food Larder",
    provider: "Banbury Community Church",
    description:
      "A low-cost food club: a weekly shop of groceries, fruit and vegetables for a small membership fee, with advice on money and benefits.",
    needs: ["money_and_housing"],
    minimumAge: 0,
    maximumAge: 99,
    cost: "£3.50 a visit",
    localities: ["Banbury North", "Banbury Rural"],
    venues: [{ name: "Grimsbury Methodist Church", address: "West Street, Banbury", postcode: "OX16 3HA" }],
    openings: [{ day: "thursday", opensAt: "10:00", closesAt: "13:00" }],
    accessRoutes: ["self_referral", "professional_referral"],
    phone: "01632 960 201",
    reviewedMonthsAgo: 2,
    owner: "lcss.worker@hearth.test",
  },
  {
    name: "Home-Start North Oxfordshire",
    provider: "Home-Start North Oxfordshire",
    description:
      "Trained volunteers visit families with at least one child under 5 at home every week, to help with confidence, isolation and routines.",
    needs: ["parenting", "early_years", "emotional_wellbeing"],
    minimumAge: 0,
    maximumAge: 5,
    cost: "Free",
    localities: north,
    accessRoutes: ["self_referral", "professional_referral"],
    accessNote: "Families can ring; health visitors and schools can refer with the family's agreement.",
    phone: "01632 960 202",
    email: "hello@homestart-north.example.org",
    website: "https://homestart-north.example.org",
    reviewedMonthsAgo: 5,
    owner: "lcss.worker@hearth.test",
  },
  {
    name: "Bicester Young Carers Club",
    provider: "Oxfordshire Young Carers Service",
    description: "A fortnightly club for young carers: time off from caring, activities, trips and someone to talk to.",
    needs: ["young_carers", "youth_activities"],
    minimumAge: 8,
    maximumAge: 18,
    cost: "Free",
    localities: ["Bicester", "Kidlington"],
    venues: [{ name: "Bicester Youth Centre", address: "Launton Road, Bicester", postcode: "OX26 6PT" }],
    openings: [{ day: "wednesday", opensAt: "16:30", closesAt: "18:30" }],
    timesNote: "Every other Wednesday in term time",
    accessRoutes: ["professional_referral"],
    accessNote: "A school or any professional refers, with the young person's agreement.",
    phone: "01632 960 203",
    email: "youngcarers@example.org",
    reviewedMonthsAgo: 3,
    owner: "lcss.worker@hearth.test",
  },
  {
    name: "Witney Dads' Saturday Club",
    provider: "West Oxfordshire Dads",
    description: "Saturday mornings for dads, grandads and male carers with their young children: play, breakfast and a chat.",
    needs: ["parenting", "early_years"],
    minimumAge: 0,
    maximumAge: 8,
    cost: "Free",
    localities: ["Witney/Eynsham", "Carterton"],
    venues: [{ name: "Witney Children and Family Centre", address: "Moorland Road, Witney", postcode: "OX28 6LF" }],
    openings: [{ day: "saturday", opensAt: "09:30", closesAt: "11:30" }],
    accessRoutes: ["self_referral"],
    phone: "01632 960 204",
    reviewedMonthsAgo: 1,
    owner: "lcss.worker@hearth.test",
  },
  {
    name: "Chipping Norton Youth Drop-in",
    provider: "Chipping Norton Town Council",
    description: "An evening youth club with a youth worker: games, music, cooking and advice on anything from school to relationships.",
    needs: ["youth_activities", "emotional_wellbeing"],
    minimumAge: 11,
    maximumAge: 18,
    cost: "50p a session",
    localities: ["Chipping Norton", "Woodstock"],
    venues: [{ name: "Chipping Norton Town Hall", address: "Market Place, Chipping Norton", postcode: "OX7 5NA" }],
    openings: [
      { day: "tuesday", opensAt: "18:00", closesAt: "20:30" },
      { day: "friday", opensAt: "18:00", closesAt: "21:00" },
    ],
    accessRoutes: ["self_referral"],
    phone: "01632 960 205",
    reviewedMonthsAgo: 4,
    owner: "lcss.worker@hearth.test",
  },
  {
    name: "Oxford Parent Infant Project",
    provider: "OXPIP",
    description:
      "Therapy for parents and babies when the early relationship is hard: postnatal depression, a difficult birth or a baby who will not settle.",
    needs: ["early_years", "emotional_wellbeing", "parenting"],
    minimumAge: 0,
    maximumAge: 2,
    eligibility: "Parents with a baby under 2 (or expecting) living in Oxfordshire.",
    cost: "Free; a donation is welcome",
    localities: [...central, ...north, ...south],
    accessRoutes: ["self_referral", "professional_referral"],
    phone: "01632 960 206",
    email: "referrals@oxpip.example.org",
    website: "https://oxpip.example.org",
    reviewedMonthsAgo: 4,
    owner: "lcss.senior@hearth.test",
  },
  {
    name: "Blackbird Leys Advice Centre",
    provider: "Leys Community Trust",
    description: "Free, confidential advice on benefits, debt, housing and employment, with help filling in forms.",
    needs: ["money_and_housing", "education_and_work"],
    minimumAge: 16,
    maximumAge: 99,
    cost: "Free",
    localities: ["Oxford South East"],
    venues: [{ name: "Leys Community Hub", address: "Blackbird Leys Road, Oxford", postcode: "OX4 6HW" }],
    openings: [
      { day: "monday", opensAt: "09:30", closesAt: "16:00" },
      { day: "wednesday", opensAt: "09:30", closesAt: "16:00" },
    ],
    accessRoutes: ["self_referral"],
    accessNote: "Drop in, or ring to book an appointment.",
    phone: "01632 960 207",
    reviewedMonthsAgo: 5,
    owner: "lcss.senior@hearth.test",
  },
  {
    name: "Domestic Abuse Support Line",
    provider: "Oxfordshire Domestic Abuse Service",
    description: "Support, safety planning and refuge places for anyone affected by domestic abuse, and groups for children who have lived with it.",
    needs: ["domestic_abuse", "emotional_wellbeing"],
    minimumAge: 0,
    maximumAge: 99,
    cost: "Free",
    localities: [...central, ...north, ...south],
    openings: [
      { day: "monday", opensAt: "09:00", closesAt: "17:00" },
      { day: "tuesday", opensAt: "09:00", closesAt: "17:00" },
      { day: "wednesday", opensAt: "09:00", closesAt: "17:00" },
      { day: "thursday", opensAt: "09:00", closesAt: "17:00" },
      { day: "friday", opensAt: "09:00", closesAt: "17:00" },
    ],
    timesNote: "Out of hours, ring the National Domestic Abuse Helpline. In an emergency ring 999.",
    accessRoutes: ["self_referral", "professional_referral"],
    phone: "01632 960 208",
    reviewedMonthsAgo: 2,
    owner: "lcss.senior@hearth.test",
  },
  {
    name: "Headington SEND Parent Forum",
    provider: "Oxfordshire Parent Carer Forum",
    description: "A monthly coffee morning and information session for parents of children with special educational needs and disabilities.",
    needs: ["special_educational_needs", "parenting"],
    minimumAge: 0,
    maximumAge: 25,
    cost: "Free",
    localities: ["Headington", "Oxford Central and North", "Wheatley"],
    venues: [{ name: "Barton Neighbourhood Centre", address: "Underhill Circus, Oxford", postcode: "OX3 9LS" }],
    openings: [{ day: "friday", opensAt: "10:00", closesAt: "12:00" }],
    timesNote: "First Friday of the month",
    accessRoutes: ["self_referral"],
    email: "forum@parentcarers.example.org",
    website: "https://parentcarers.example.org",
    reviewedMonthsAgo: 3,
    owner: "lcss.senior@hearth.test",
  },
  {
    name: "Cowley Road Young People's Counselling",
    provider: "Oxford Youth Counselling",
    description: "Up to twelve free counselling sessions for young people who are anxious, low, grieving or finding things hard.",
    needs: ["emotional_wellbeing", "bereavement"],
    minimumAge: 11,
    maximumAge: 25,
    cost: "Free",
    localities: ["Oxford South East", "Oxford Central and North", "Headington"],
    venues: [{ name: "Oxford Youth Counselling", address: "Cowley Road, Oxford", postcode: "OX4 1JE" }],
    accessRoutes: ["self_referral", "professional_referral"],
    phone: "01632 960 210",
    reviewedMonthsAgo: 3,
    owner: "lcss.senior@hearth.test",
  },
  {
    name: "Abingdon Baby Bank",
    provider: "Abingdon Baby Bank",
    description: "Donated clothes, cots, prams and equipment for babies and young children, for families who need them.",
    needs: ["money_and_housing", "early_years"],
    minimumAge: 0,
    maximumAge: 5,
    cost: "Free",
    localities: ["Abingdon", "Didcot"],
    venues: [{ name: "Abingdon Baby Bank", address: "Ock Street, Abingdon", postcode: "OX14 5AG" }],
    openings: [{ day: "tuesday", opensAt: "10:00", closesAt: "14:00" }],
    accessRoutes: ["professional_referral"],
    accessNote: "A health visitor, midwife, school or family worker refers.",
    phone: "01632 960 211",
    reviewedMonthsAgo: 2,
    owner: "lcss.senior@hearth.test",
  },
  {
    name: "Didcot Bereavement Support for Children",
    provider: "Winston's Wish (local volunteers)",
    description: "Group days and one-to-one support for children and young people after the death of someone close.",
    needs: ["bereavement", "emotional_wellbeing"],
    minimumAge: 5,
    maximumAge: 18,
    cost: "Free",
    localities: ["Didcot", "Wantage", "Wallingford"],
    accessRoutes: ["self_referral", "professional_referral"],
    phone: "01632 960 212",
    reviewedMonthsAgo: 5,
    owner: "lcss.senior@hearth.test",
  },
  {
    name: "Wantage Youth Employment Hub",
    provider: "South and Vale Works",
    description:
      "Help for 16 to 24 year olds who are not in education, employment or training: CVs, apprenticeships, college places and interview practice.",
    needs: ["education_and_work", "youth_activities"],
    minimumAge: 16,
    maximumAge: 24,
    cost: "Free",
    localities: ["Wantage", "Didcot", "Abingdon"],
    venues: [{ name: "Wantage Library", address: "Stirlings Road, Wantage", postcode: "OX12 7BB" }],
    openings: [{ day: "thursday", opensAt: "13:00", closesAt: "17:00" }],
    accessRoutes: ["self_referral", "professional_referral"],
    phone: "01632 960 213",
    email: "hub@southvaleworks.example.org",
    reviewedMonthsAgo: 1,
    owner: "lcss.senior@hearth.test",
  },
  {
    name: "Young People's Drug and Alcohol Service",
    provider: "Oxfordshire Young Addaction",
    description: "Confidential support for young people worried about their own drug or alcohol use, or a parent's.",
    needs: ["substance_misuse", "emotional_wellbeing"],
    minimumAge: 10,
    maximumAge: 24,
    cost: "Free",
    localities: [...central, ...north, ...south],
    accessRoutes: ["self_referral", "professional_referral"],
    phone: "01632 960 214",
    reviewedMonthsAgo: 5,
    owner: "lcss.worker@hearth.test",
  },
  {
    name: "Thame and Henley Toddler Music",
    provider: "South Oxfordshire Arts",
    description: "Songs, rhymes and instruments for babies and toddlers with their grown-ups.",
    needs: ["early_years"],
    minimumAge: 0,
    maximumAge: 4,
    cost: "£2 a family",
    localities: ["Thame", "Henley", "Chinnor and Watlington"],
    venues: [
      { name: "Thame Town Hall", address: "High Street, Thame", postcode: "OX9 3DP" },
      { name: "Henley Christ Church Centre", address: "Reading Road, Henley-on-Thames", postcode: "RG9 1AG" },
    ],
    openings: [
      { day: "monday", opensAt: "10:00", closesAt: "11:00" },
      { day: "thursday", opensAt: "10:00", closesAt: "11:00" },
    ],
    accessRoutes: ["self_referral"],
    phone: "01632 960 215",
    website: "https://southoxonarts.example.org",
    reviewedMonthsAgo: 4,
    owner: "lcss.senior@hearth.test",
  },
];

/** Writes the demonstration directory, dated from `today`, when no entry exists yet. */
export async function seedDirectory(db: Db, today = londonDateOf(new Date())): Promise<void> {
  const [existing] = await db.select({ n: sql<number>`count(*)::int` }).from(directoryServices);
  if (existing!.n > 0) return;
  const localityId = new Map((await db.select({ id: localities.id, name: localities.name }).from(localities)).map((l) => [l.name, l.id]));
  const ownerId = async (email: string) => (await db.select({ id: staffUsers.id }).from(staffUsers).where(eq(staffUsers.email, email)))[0]?.id;
  for (const { localities: names, reviewedMonthsAgo, owner, venues = [], openings = [], ...service } of directoryData) {
    const ownerStaffId = await ownerId(owner);
    if (!ownerStaffId) continue;
    await insertDirectoryService(db, {
      ...service,
      venues,
      openings,
      localityIds: names.map((n) => localityId.get(n)!),
      lastReviewedOn: addMonths(today, -reviewedMonthsAgo),
      active: true,
      ownerStaffId,
      createdBy: null,
    });
  }
}
