import { defineConfig } from "drizzle-kit";

// Only `generate` is used: migrations are committed and reviewed, never pushed.
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/schema/index.ts",
  out: "./src/migrations",
});
