// Writes (or confirms) the benchmark's county database and stops: `pnpm bench:casework:seed`.
import { ensureCountyDatabase } from "./county-database";
import { settings } from "./settings";

await ensureCountyDatabase({ adminUrl: settings.adminUrl, name: settings.database, people: settings.people, seed: settings.seed, log: console.log });
