/**
 * The casework benchmark's load generator, in a process of its own so it neither competes with the
 * API's thread nor counts in its CPU. Each client is one member of staff: it signs in, then makes
 * its requests one after another, as a worker in a browser would, over its own keep-alive socket.
 * Before each request it pauses as long as its schedule says (pauseSchedule in workload.ts), as a
 * person reading the answer does; with no pauses it sends the next at once, to find the capacity.
 *
 * For every answer it counts the audit rows the API must have written (the request itself, and
 * one for each person or family it shows), so the benchmark can check that every read was audited.
 */
import { Agent, request } from "node:http";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";

function post(agent, port, path, body, cookie) {
  const text = JSON.stringify(body);
  const headers = { "content-type": "application/json", "content-length": Buffer.byteLength(text), "user-agent": "hearth-bench" };
  if (cookie) headers.cookie = cookie;
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, method: "POST", agent, headers }, (res) => {
      let answer = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (answer += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text: answer, setCookie: res.headers["set-cookie"] ?? [] }));
    });
    req.on("error", reject);
    req.end(text);
  });
}

/** Audit rows an answer implies: one for the request, one for each record shown in it. */
const expectedAudit = {
  search: (data) => 1 + data.length,
  record: ([record, chronology]) => 1 + record.members.length + (1 + chronology.members.length),
};

async function runClient(job, client, report) {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const signIn = await post(agent, job.port, "/trpc/auth.signIn", { email: client.email, password: client.password });
  if (signIn.status !== 200) throw new Error(`Sign-in failed for ${client.email}: HTTP ${signIn.status} ${signIn.text.slice(0, 200)}`);
  const cookie = signIn.setCookie.map((c) => c.split(";")[0]).join("; ");
  for (const [i, op] of client.ops.entries()) {
    if (client.pausesMs[i] > 0) await sleep(client.pausesMs[i]);
    const sent = performance.now();
    const { status, text } = await post(agent, job.port, op.path, op.body, cookie);
    const took = performance.now() - sent;
    const into = (report.kinds[op.kind] ??= { latenciesMs: [], failures: {}, expectedAudit: 0, shown: 0 });
    into.latenciesMs.push(took);
    if (status !== 200) {
      into.failures[`HTTP ${status}`] = (into.failures[`HTTP ${status}`] ?? 0) + 1;
      continue;
    }
    const parsed = JSON.parse(text);
    const data = Array.isArray(parsed) ? parsed.map((p) => p.result.data) : parsed.result.data;
    const group = op.kind === "record" ? "record" : "search";
    into.expectedAudit += expectedAudit[group](data);
    into.shown += group === "record" ? data[1].events.length : data.length;
  }
  agent.destroy();
}

process.once("message", async (job) => {
  const report = { kinds: {}, elapsedMs: 0, clientCpuMs: 0, error: null };
  const cpu = process.cpuUsage();
  const started = performance.now();
  try {
    await Promise.all(job.clients.map((client) => runClient(job, client, report)));
  } catch (error) {
    report.error = String(error);
  }
  report.elapsedMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  report.clientCpuMs = (used.user + used.system) / 1000;
  process.send(report, () => process.exit(0));
});
