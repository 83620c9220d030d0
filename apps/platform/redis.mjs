import { spawn, spawnSync } from "node:child_process";
import { redisAnswers } from "../../tooling/scripts/lib.mjs";

function onPath(command) {
  return spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
}

/**
 * Finds Redis the way the README promises: REDIS_URL if set; else one answering on localhost:6379;
 * else redis-server from PATH, started here with its data under .data/redis; else a clear message.
 */
export async function ensureRedis(dataDir) {
  if (process.env.REDIS_URL) return process.env.REDIS_URL;
  if (await redisAnswers("127.0.0.1", 6379)) return "redis://127.0.0.1:6379";
  if (!onPath("redis-server")) {
    console.error(
      [
        "✖ Hearth needs Redis for its job queues, and none was found.",
        "  Either set REDIS_URL to a Redis you have (redis://host:6379),",
        "  or install it:  sudo apt-get install redis-server   (Debian/Ubuntu)",
        "                  brew install redis                  (macOS)",
        "  then run this command again.",
      ].join("\n"),
    );
    process.exit(1);
  }
  const port = 6380;
  if (!(await redisAnswers("127.0.0.1", port))) {
    const child = spawn(
      "redis-server",
      ["--port", String(port), "--bind", "127.0.0.1", "--dir", dataDir, "--appendonly", "yes", "--maxmemory-policy", "noeviction"],
      { stdio: "ignore", detached: false },
    );
    process.on("exit", () => child.kill());
    for (let i = 0; i < 50 && !(await redisAnswers("127.0.0.1", port)); i++) await new Promise((r) => setTimeout(r, 100));
    console.log(`Started redis-server on port ${port} with its data in ${dataDir}`);
  }
  return `redis://127.0.0.1:${port}`;
}
