#!/usr/bin/env node
// `pnpm start`: the whole platform on one port, on an embedded database unless DATABASE_URL is set.
// Plain JavaScript run by Node from the repository root, because it runs before the dependencies
// are installed; src/main.ts is the composition root it then starts.
import { existsSync, mkdirSync, statSync } from "node:fs";
import { spawn } from "node:child_process";
import { run } from "../../tooling/scripts/lib.mjs";
import { ensureRedis } from "./redis.mjs";

const newer = (a, b) => !existsSync(b) || statSync(a).mtimeMs > statSync(b).mtimeMs;

if (newer("pnpm-lock.yaml", "node_modules/.modules.yaml")) {
  console.log("Installing dependencies…");
  run("pnpm", ["install", "--frozen-lockfile"]);
}
console.log("Building the apps (cached when nothing changed)…");
run("pnpm", ["exec", "turbo", "run", "build", "--filter=./apps/*", "--output-logs=errors-only"]);

mkdirSync(".data/redis", { recursive: true });
const redisUrl = await ensureRedis(".data/redis");

const child = spawn("pnpm", ["exec", "tsx", "apps/platform/src/main.ts"], {
  stdio: "inherit",
  // The young-generation size production runs with (docker/Dockerfile).
  env: { ...process.env, REDIS_URL: redisUrl, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --max-semi-space-size=32`.trim() },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
