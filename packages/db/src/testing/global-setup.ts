import { ensureTemplateDatabase } from "./index";

/** Builds the template database that every integration test file copies. */
export default async function setup() {
  await ensureTemplateDatabase();
}
