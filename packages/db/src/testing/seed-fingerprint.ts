import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { migrationsFolder } from "../client";

const seedSources = fileURLToPath(new URL("../seed", import.meta.url));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]))
    .sort();
}

/**
 * What a benchmark database kept between runs was written from: the migrations, the synthetic
 * data's generators and the options it was written with. A benchmark keeps its database while this
 * matches (stored as the database's comment) and writes it again when it does not.
 */
export function seedFingerprint(label: string, options: object): string {
  const hash = createHash("sha256").update(JSON.stringify(options));
  for (const file of [...filesUnder(migrationsFolder), ...filesUnder(seedSources)])
    hash.update(file.slice(file.lastIndexOf("/src/"))).update(readFileSync(file));
  return `${label} ${hash.digest("hex").slice(0, 16)}`;
}
