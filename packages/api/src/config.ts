import {
  defaultCaseReviewWeeks,
  defaultChildPopulation,
  defaultCurrencyPeriods,
  defaultDirectoryReviewMonths,
  type CurrencyPeriods,
  defaultTafReviewWeeks,
  defaultVisitCadence,
  type ThresholdLevel,
  type VisitCadence,
} from "@hearth/domain";

/** How the API behaves; set from the environment by the server (apps/api env.ts), defaults here. */
export interface ApiConfig {
  /** A session not used for this long ends. */
  sessionIdleMs: number;
  /** A session ends this long after sign-in, however busy. */
  sessionLifetimeMs: number;
  /** Secure cookies everywhere except local development over http. */
  secureCookies: boolean;
  /** Failed sign-ins allowed per account, and per client address, in the window. */
  signInMaxFailures: number;
  signInWindowMs: number;
  /** Changes to bookings (book, cancel, add or remove a child) per client address per minute. */
  bookingChangesPerMinute: number;
  /** Future bookings one family may hold of one session type in one week. */
  bookingFairUsePerWeek: number;
  /** The advice line (issue 11 §1): where a child at immediate risk is sent, and what seniors confirm. */
  lcss: {
    mash: { name: string; phone: string };
    /** Levels whose every decision a senior practitioner confirms, on top of the domain's own reasons. */
    seniorConfirmationLevels: ThresholdLevel[];
  };
  /** Professionals asking online (issue 11 §2): whose work email is accepted, and how often they may ask. */
  adviceRequests: {
    /** Email domains accepted, each also covering its subdomains ("sch.uk" takes "head@oak.sch.uk"). */
    allowedEmailDomains: string[];
    /** Requests (and link confirmations) per client address per hour. */
    perAddressPerHour: number;
    /** Requests per email address per hour: a link is not sent again and again to one inbox. */
    perEmailPerHour: number;
  };
  /** FSS case work (issue 12 §2): how often children on cases must be seen. */
  fss: { visitCadence: VisitCadence; reviewWeeks: number };
  /** Team Around the Family (issue 11 §4): weeks between reviews. */
  taf: { reviewWeeks: number };
  /** The service directory (issue 15 §1): months after its last review that an entry is due again. */
  directory: { reviewMonths: number };
  /** NEET tracking (issue 14 §2): months a confirmed activity of each kind stays current. */
  neet: { currencyPeriods: CurrencyPeriods };
  /** Dashboards (issue 15 §2): children aged 0–17 per area code, the denominator of rates per 10,000. */
  dashboards: { childPopulation: Readonly<Record<string, number>> };
}

export const defaultApiConfig: ApiConfig = {
  sessionIdleMs: 30 * 60_000,
  sessionLifetimeMs: 12 * 3_600_000,
  secureCookies: true,
  signInMaxFailures: 5,
  signInWindowMs: 15 * 60_000,
  bookingChangesPerMinute: 20,
  bookingFairUsePerWeek: 3,
  lcss: {
    // A number from Ofcom's range kept for drama, so a demonstration never rings a real MASH.
    mash: { name: "Multi-Agency Safeguarding Hub (MASH)", phone: "01632 960 123" },
    seniorConfirmationLevels: [4],
  },
  adviceRequests: {
    allowedEmailDomains: ["sch.uk", "nhs.net", "nhs.uk", "police.uk", "gov.uk", "oxfordshire.gov.uk"],
    perAddressPerHour: 10,
    perEmailPerHour: 3,
  },
  fss: { visitCadence: defaultVisitCadence, reviewWeeks: defaultCaseReviewWeeks },
  taf: { reviewWeeks: defaultTafReviewWeeks },
  directory: { reviewMonths: defaultDirectoryReviewMonths },
  neet: { currencyPeriods: defaultCurrencyPeriods },
  dashboards: { childPopulation: defaultChildPopulation },
};
