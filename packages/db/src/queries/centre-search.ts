import { placeSearchOf } from "@hearth/domain";
import { sql, type SQL } from "drizzle-orm";
import { centres, localities } from "../schema";

/**
 * A condition on `centres`: the centre is in, named after or serves the place a family typed.
 *
 * - the words, in order, anywhere in the centre's name, town, address or postcode, or in the name
 *   of a locality whose districts the centre serves ("Headington" finds the centre serving OX3);
 * - a postcode or district ("OX4 6QB", "ox4") finds the centres serving that district, or whose
 *   own postcode is in it. A district in the county that no centre serves finds its area's
 *   centres, so a family is never told there is nothing near them when there is.
 *
 * Eleven centres and twenty localities: a scan is quicker than any index would be.
 */
export function centreMatchesPlace(typed: string): SQL {
  const { words, postcodeDistrict } = placeSearchOf(typed);
  // Only letters and numbers reach the pattern, so % and _ typed by a family mean nothing to LIKE.
  const pattern = `%${words.join("%")}%`;
  const byWords = sql`(${centres.name} ilike ${pattern}
    or ${centres.town} ilike ${pattern}
    or ${centres.address} ilike ${pattern}
    or replace(${centres.postcode}, ' ', '') ilike ${`%${words.join("")}%`}
    or exists (select 1 from ${localities}
                where ${localities.name} ilike ${pattern}
                  and ${localities.postcodeDistricts} && ${centres.reachPostcodeDistricts}))`;
  if (!postcodeDistrict) return byWords;
  const district = postcodeDistrict;
  return sql`(${byWords}
    or ${district} = any(${centres.reachPostcodeDistricts})
    or split_part(${centres.postcode}, ' ', 1) = ${district}
    or (not exists (select 1 from ${centres} served where ${district} = any(served.reach_postcode_districts))
        and ${centres.areaId} = (select ${localities.areaId} from ${localities}
                                  where ${district} = any(${localities.postcodeDistricts}) limit 1)))`;
}
