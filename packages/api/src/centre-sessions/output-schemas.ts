import { schema } from "@hearth/db";
import { z } from "zod";

/** What the centre staff pages are answered with: sessions as staff see them, registers, series, closures, reach. */

const attendanceStatus = z.enum(schema.attendanceStatus.enumValues);

/** A session as staff list it: counts, not names (see staffSession). */
export const staffSessionSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  locationNote: z.string().nullable(),
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  status: z.enum(schema.openAccessSessionStatus.enumValues),
  seriesId: z.string().nullable(),
  capacity: z.number(),
  bookedCount: z.number(),
  waitlistCount: z.number(),
  placesLeft: z.number(),
  type: z.object({ id: z.string(), code: z.string(), name: z.string() }),
  centre: z.object({ id: z.string(), name: z.string() }),
});

const registerChildSchema = z.object({
  personId: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  dateOfBirth: z.string(),
  age: z.string(),
  attendance: attendanceStatus.nullable(),
  /** Shown to staff not named on the child's restriction: the name fields then say whom to contact. */
  restricted: z.boolean(),
});

const registerBookingSchema = z.object({
  bookingId: z.string(),
  reference: z.string(),
  carerName: z.string(),
  mobile: z.string().nullable(),
  email: z.string().nullable(),
  places: z.number(),
  /** A child on it is restricted from this reader: the carer's name says whom to contact, and no phone or email is given. */
  restricted: z.boolean(),
  children: z.array(registerChildSchema),
});

/** One session's register: who is booked, waiting and walked in, and the day's totals. */
const sessionRegisterPartsSchema = z.object({
  session: staffSessionSchema,
  booked: z.array(registerBookingSchema),
  waitingList: z.array(registerBookingSchema.extend({ position: z.number() })),
  walkIns: z.array(registerChildSchema),
  totals: z.object({ attended: z.number(), didNotAttend: z.number(), walkIns: z.number() }),
});

export const centreDayRegistersSchema = z.object({ date: z.string(), sessions: z.array(sessionRegisterPartsSchema) });

export const sessionRegisterSchema = sessionRegisterPartsSchema.extend({
  centre: z.object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(schema.venueKind.enumValues),
    town: z.string(),
    address: z.string().nullable(),
    postcode: z.string().nullable(),
    areaId: z.string(),
  }),
  printedAt: z.string(),
});

export const sessionChangedSchema = z.object({ session: staffSessionSchema, familiesTold: z.number(), promoted: z.number() });
export const sessionCancelledSchema = z.object({ session: staffSessionSchema, familiesTold: z.number() });

const skippedWeekSchema = z.object({ date: z.string(), reason: z.enum(["bank_holiday", "centre_closed"]), detail: z.string() });

export const seriesPreviewSchema = z.object({ dates: z.array(z.string()), skipped: z.array(skippedWeekSchema) });
export const seriesCreatedSchema = z.object({
  seriesId: z.string(),
  sessionsCreated: z.number(),
  sessionIds: z.array(z.string()),
  skipped: z.array(skippedWeekSchema),
});
export const seriesChangedSchema = z.object({ sessionsChanged: z.number(), familiesTold: z.number() });
export const seriesCancelledSchema = z.object({ sessionsCancelled: z.number(), familiesTold: z.number() });

export const checkedInSchema = z.object({ personId: z.string(), status: attendanceStatus, walkIn: z.boolean() });
export const walkInRegisteredSchema = z.object({
  children: z.array(z.object({ personId: z.string(), firstName: z.string(), walkIn: z.boolean() })),
});
export const staffBookingCancelledSchema = z.object({ cancelled: z.boolean(), promoted: z.number() });

export const reachFiguresSchema = z.object({
  centre: z.object({ id: z.string(), name: z.string(), reachPostcodeDistricts: z.array(z.string()) }),
  months: z.array(
    z.object({
      month: z.string(),
      familiesRegistered: z.number(),
      attendances: z.number(),
      childrenSeen: z.number(),
      childrenUnder5: z.number(),
      childrenFromReachArea: z.number(),
      shareUnder5: z.number().nullable(),
      shareFromReachArea: z.number().nullable(),
    }),
  ),
  csv: z.string(),
});

export const closureSchema = z.object({ id: z.string(), from: z.string(), to: z.string(), reason: z.string() });
export const closureCreatedSchema = z.object({ closureId: z.string(), sessionsAffected: z.number(), familiesTold: z.number() });
export const closureRemovedSchema = z.object({ removed: z.literal(true) });
