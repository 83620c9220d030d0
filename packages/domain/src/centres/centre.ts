import { z } from "zod";
import { postcodeSchema } from "./postcode";
import { openingHoursSchema } from "./opening-hours";
import { reachAreaSchema } from "./localities";
import { textSchema } from "../shared/text";

/**
 * A place sessions happen: a Children and Family Centre, a shared locality site, or mobile
 * provision whose venue changes each session (so it has no fixed address or opening hours).
 */
export const centreKinds = ["centre", "shared_site", "mobile"] as const;

export const centreCreateSchema = z
  .object({
    name: textSchema({ label: "centre’s name", max: 120, min: 1 }),
    kind: z.enum(centreKinds, { error: "Choose the kind of venue" }),
    area: textSchema({ label: "area", max: 40, min: 1, required: "Choose the area" }).optional(),
    address: textSchema({ label: "address", max: 200 }).optional(),
    postcode: postcodeSchema.optional(),
    openingHours: openingHoursSchema.default([]),
    reachArea: reachAreaSchema.optional(),
  })
  .superRefine((c, ctx) => {
    // Every venue has an owning area whose managers run it, the county-wide mobile provision too (ADR 8).
    if (!c.area) ctx.addIssue({ code: "custom", path: ["area"], message: "Choose the area that runs this venue" });
    if (c.kind === "mobile") {
      if (c.address || c.postcode)
        ctx.addIssue({
          code: "custom",
          path: ["address"],
          message: "Mobile provision has no fixed address: give the venue for each session",
        });
      return;
    }
    if (!c.address) ctx.addIssue({ code: "custom", path: ["address"], message: "Enter the address" });
    if (!c.postcode) ctx.addIssue({ code: "custom", path: ["postcode"], message: "Enter the postcode" });
  });
export type CentreCreate = z.infer<typeof centreCreateSchema>;
