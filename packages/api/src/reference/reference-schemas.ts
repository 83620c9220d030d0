import { schema } from "@hearth/db";
import { z } from "zod";

export const areaSchema = z.object({ id: z.string(), code: z.string(), name: z.string(), office: z.string() });

export const localitySchema = z.object({ id: z.string(), areaId: z.string(), name: z.string(), postcodeDistricts: z.array(z.string()) });

const centreSchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  kind: z.enum(schema.venueKind.enumValues),
  town: z.string(),
  address: z.string().nullable(),
  postcode: z.string().nullable(),
  areaId: z.string(),
  areaName: z.string(),
});

/** The public list of centres: one group per area, the mobile provision as "Countywide". */
export const centreGroupSchema = z.object({ areaName: z.string(), centres: z.array(centreSchema) });
