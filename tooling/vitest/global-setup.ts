import { ensureTemplateDatabase } from "@hearth/db/testing";

/** Builds the template database that every integration test file copies. */
export default async function setup() {
  await ensureTemplateDatabase();
}
