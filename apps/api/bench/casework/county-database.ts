/**
 * The benchmark's own PostgreSQL database (hearth_bench by default), holding the full synthetic
 * county. Seeding 300,000 people takes minutes, so it is kept between runs and written again only
 * when its fingerprint changes: the migrations, the generator's source, the scale and the seed.
 * The fingerprint is kept as the database's comment.
 */
import { createDb, generateCounty, rawRows, seed } from "@hearth/db";
import { seedFingerprint } from "@hearth/db/testing";
import { sql } from "drizzle-orm";

export const countyFingerprint = (options: { people: number; seed: number }): string => seedFingerprint("county", options);

/** The database's URL, with the full county in it at the current fingerprint. */
export async function ensureCountyDatabase(options: { adminUrl: string; name: string; people: number; seed: number; log: (line: string) => void }) {
  const admin = createDb({ url: options.adminUrl, max: 1 });
  const url = new URL(options.adminUrl);
  url.pathname = `/${options.name}`;
  const fingerprint = countyFingerprint({ people: options.people, seed: options.seed });
  try {
    const [found] = await rawRows<{ comment: string | null }>(
      admin.db,
      sql`select shobj_description(oid, 'pg_database') as comment from pg_database where datname = ${options.name}`,
    );
    if (found?.comment === fingerprint) {
      options.log(`Database ${options.name} already holds the county (${fingerprint}).`);
      return url.toString();
    }
    options.log(
      found ? `Database ${options.name} holds another county (${found.comment ?? "none"}): writing it again.` : `Creating database ${options.name}.`,
    );
    if (found) await admin.db.execute(sql.raw(`drop database "${options.name}" with (force)`));
    await admin.db.execute(sql.raw(`create database "${options.name}"`));
  } finally {
    await admin.close();
  }

  const database = createDb({ url: url.toString(), max: 2 });
  try {
    await database.migrate();
    await seed(database.db, { production: false });
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date());
    const started = performance.now();
    let last = "";
    const summary = await generateCounty(database.db, {
      people: options.people,
      seed: options.seed,
      today,
      weeks: 156,
      production: process.env.NODE_ENV === "production",
      onProgress: (stage) => {
        if (stage !== last) options.log(`  ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s  ${(last = stage)}`);
      },
    });
    options.log(`  ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s  written: ${JSON.stringify(summary)}`);
    await database.db.execute(sql`vacuum analyze`);
    options.log(`  ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s  vacuumed and analyzed`);
  } finally {
    await database.close();
  }
  const again = createDb({ url: options.adminUrl, max: 1 });
  await again.db.execute(sql.raw(`comment on database "${options.name}" is '${fingerprint}'`));
  await again.close();
  return url.toString();
}
