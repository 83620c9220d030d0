/**
 * The census benchmark's two PostgreSQL databases, kept between runs: hearth_bench_census_<small>
 * with the small population and hearth_bench_census_<large> with the same population grown to the
 * large one. Writing 400,000 children takes minutes, so both are written again only when their
 * fingerprint (migrations, generators, sizes, seed, census year; kept as the database's comment)
 * changes. They are written together, the large one a copy of the small one grown further, because
 * the growth carries on the small population's ids and random sequence.
 */
import { performance } from "node:perf_hooks";
import { censusPopulation, createDb, rawRows, seed } from "@hearth/db";
import { seedFingerprint } from "@hearth/db/testing";
import { sql } from "drizzle-orm";

export interface CensusDatabaseOptions {
  adminUrl: string;
  small: number;
  large: number;
  seed: number;
  censusYear: number;
  log: (line: string) => void;
}

const fmt = (n: number, digits = 0) => n.toLocaleString("en-GB", { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** The two databases' URLs, each holding its population at the current fingerprint. */
export async function ensureCensusDatabases(options: CensusDatabaseOptions): Promise<{ small: string; large: string }> {
  const { small, large, censusYear } = options;
  const names = { small: `hearth_bench_census_${small}`, large: `hearth_bench_census_${large}` };
  const fingerprints = {
    small: seedFingerprint("census", { children: small, seed: options.seed, censusYear }),
    large: seedFingerprint("census", { children: large, grownFrom: small, seed: options.seed, censusYear }),
  };
  const urlOf = (name: string) => {
    const url = new URL(options.adminUrl);
    url.pathname = `/${name}`;
    return url.toString();
  };
  const urls = { small: urlOf(names.small), large: urlOf(names.large) };

  const admin = createDb({ url: options.adminUrl, max: 1 });
  try {
    const found = await rawRows<{ datname: string; comment: string | null }>(
      admin.db,
      sql`select datname, shobj_description(oid, 'pg_database') as comment from pg_database where datname in (${names.small}, ${names.large})`,
    );
    const kept = (which: "small" | "large") => found.some((d) => d.datname === names[which] && d.comment === fingerprints[which]);
    if (kept("small") && kept("large")) {
      options.log(`  kept populations: ${names.small} and ${names.large} (${fingerprints.large})`);
      return urls;
    }
    options.log(`  writing ${names.small} and ${names.large} again (${fingerprints.large})`);
    for (const name of Object.values(names)) await admin.db.execute(sql.raw(`drop database if exists "${name}" with (force)`));
    await admin.db.execute(sql.raw(`create database "${names.small}"`));

    const smallDb = createDb({ url: urls.small, max: 2 });
    const population = censusPopulation(smallDb.db, { seed: options.seed, censusYear, production: false });
    try {
      await smallDb.migrate();
      await seed(smallDb.db, { production: false });
      await grow(population, small, smallDb.db, options.log);
    } finally {
      await smallDb.close();
    }
    await admin.db.execute(sql.raw(`comment on database "${names.small}" is '${fingerprints.small}'`));

    // A copy of the small database grown by the rest: the same children first, as one run would make.
    await admin.db.execute(sql.raw(`create database "${names.large}" template "${names.small}"`));
    const largeDb = createDb({ url: urls.large, max: 2 });
    try {
      await grow(population, large - small, largeDb.db, options.log);
    } finally {
      await largeDb.close();
    }
    await admin.db.execute(sql.raw(`comment on database "${names.large}" is '${fingerprints.large}'`));
    return urls;
  } finally {
    await admin.close();
  }
}

async function grow(
  population: ReturnType<typeof censusPopulation>,
  count: number,
  db: Parameters<typeof censusPopulation>[0],
  log: (line: string) => void,
) {
  const started = performance.now();
  let last = 0;
  const { onCpPlans } = await population.add(
    count,
    (done) => {
      if (done - last < 50_000 && done !== count) return;
      log(`    written ${fmt(done)} of ${fmt(count)}`);
      last = done;
    },
    db,
  );
  await db.execute(sql`vacuum analyze`);
  log(`  wrote ${fmt(count)} children in need (${fmt(onCpPlans)} on CP plans) in ${fmt((performance.now() - started) / 1000, 1)} s`);
}
