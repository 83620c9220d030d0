import { spawn, spawnSync } from "node:child_process";
import { connect } from "node:net";

/** Runs a command in the foreground; stops the script with its exit code if it fails. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: "inherit", ...options });
  if (result.status !== 0) {
    console.error(`\n✖ ${command} ${args.join(" ")} failed`);
    process.exit(result.status ?? 1);
  }
}

/** True when something at host:port answers PING with PONG, the way Redis does. */
export function redisAnswers(host, port, timeoutMs = 1_000) {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.on("error", () => done(false));
    socket.on("connect", () => socket.write("PING\r\n"));
    socket.on("data", (data) => done(data.toString().startsWith("+PONG")));
  });
}

export function onPath(command) {
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
