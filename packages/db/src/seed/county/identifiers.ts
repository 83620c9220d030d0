import { isValidNhsNumber, normalisePostcode, upnCheckLetter } from "@hearth/domain";
import type { Random } from "./random";

/**
 * Identifiers that pass the domain's checks but cannot be anyone's: NHS numbers from the 999 range
 * NHS England keeps for testing, mobiles from Ofcom's drama range, e-mail at example.org.
 */
export function nhsNumbers(): () => string {
  let n = 0;
  return () => {
    for (;;) {
      const first9 = `999${(n++).toString().padStart(6, "0")}`;
      if (n > 999_999) throw new Error("The synthetic NHS number range is used up");
      let sum = 0;
      for (let i = 0; i < 9; i++) sum += Number(first9[i]) * (10 - i);
      const check = (11 - (sum % 11)) % 11;
      const candidate = `${first9}${check}`;
      if (check !== 10 && isValidNhsNumber(candidate)) return candidate;
    }
  };
}

/**
 * UPNs: Oxfordshire's LA code (931), a made-up establishment, the entry year and a serial. A second
 * series (the statutory episodes' pupils) starts at `first` so the two never give the same UPN.
 */
export function upns(first = 0): (entryYear: number) => string {
  let n = first;
  return (entryYear) => {
    const establishment = (2000 + Math.floor(n / 1000)).toString().padStart(4, "0");
    const serial = (n++ % 1000).toString().padStart(3, "0");
    const last12 = `931${establishment}${(entryYear % 100).toString().padStart(2, "0")}${serial}`;
    return `${upnCheckLetter(last12)!}${last12}`;
  };
}

// Inward codes never use C, I, K, M, O or V.
const INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

/** A postcode in a real district with a made-up inward code. */
export function postcodeIn(district: string, random: Random): string {
  const inward = `${random.int(1, 9)}${random.pick([...INWARD_LETTERS])}${random.pick([...INWARD_LETTERS])}`;
  return normalisePostcode(`${district} ${inward}`)!;
}

/** 07700 900000 to 900999: Ofcom keeps these for drama, so no real phone ever gets a text. */
export function dramaMobile(random: Random): string {
  return `07700900${random.int(0, 999).toString().padStart(3, "0")}`;
}

export function exampleEmail(firstName: string, lastName: string, n: number): string {
  return `${firstName}.${lastName}.${n}@example.org`.toLowerCase().replace(/[^a-z0-9.@]/g, "");
}
