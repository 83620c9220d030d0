import { z } from "zod";
import { normalisePostcode, postcodeDistrict, postcodeDistrictSchema } from "./postcode";
import { textSchema } from "../shared/text";

/**
 * Localities are planning units inside the three areas, each covering whole postcode districts.
 * They are reference data the council edits, so every function here takes the list it works on.
 */
export const localitySchema = z.object({
  name: textSchema({ label: "locality’s name", max: 80, min: 1 }),
  area: textSchema({ label: "area", max: 40, min: 1, required: "Choose the area" }),
  postcodeDistricts: z.array(postcodeDistrictSchema).min(1, "A locality covers at least one postcode district").max(40),
});
export type Locality = z.infer<typeof localitySchema>;

/** Localities must not share a district, or a family's locality would depend on list order. */
export const localityListSchema = z.array(localitySchema).superRefine((localities, ctx) => {
  const owner = new Map<string, string>();
  localities.forEach((l, i) => {
    for (const district of l.postcodeDistricts) {
      const other = owner.get(district);
      if (other && other !== l.name) {
        ctx.addIssue({
          code: "custom",
          path: [i, "postcodeDistricts"],
          message: `${district} is already in ${other}`,
        });
      }
      owner.set(district, l.name);
    }
  });
});

export interface PostcodePlace<L extends Pick<Locality, "name" | "area" | "postcodeDistricts">> {
  locality: L;
  area: string;
}

/** The locality and area a postcode falls in; null when it is not a postcode or outside them all. */
export function placeOfPostcode<L extends Pick<Locality, "name" | "area" | "postcodeDistricts">>(
  postcode: string,
  localities: readonly L[],
): PostcodePlace<L> | null {
  if (!normalisePostcode(postcode)) return null;
  const district = postcodeDistrict(postcode);
  const locality = localities.find((l) => l.postcodeDistricts.includes(district));
  return locality ? { locality, area: locality.area } : null;
}

/** A centre's reach area is the postcode districts it serves; used for reach figures. */
export const reachAreaSchema = z
  .array(postcodeDistrictSchema)
  .min(1, "A reach area covers at least one postcode district")
  .max(60)
  .refine((d) => new Set(d).size === d.length, "Each district can be listed only once");

export function isInReachArea(postcode: string, reachDistricts: readonly string[]): boolean {
  if (!normalisePostcode(postcode)) return false;
  return reachDistricts.includes(postcodeDistrict(postcode));
}
