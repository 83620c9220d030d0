/**
 * The benchmark's load generator, run as a child process so the clients neither compete with the
 * API for its thread nor count in the API's CPU time. Plain node:http with keep-alive sockets: fetch costs several times more
 * CPU per request, and on a small machine that would be measured as the API's slowness.
 */
import { Agent, request } from "node:http";
import { performance } from "node:perf_hooks";

// Plain JavaScript, started with plain node. It answers with the ClientReport declared in booking.ts.

const districts = ["OX1", "OX2", "OX3", "OX4", "OX5", "OX10", "OX11", "OX14", "OX16", "OX26", "OX28", "OX29"];
const letters = "ABDEFGHJLNPQRSTUWXYZ";
const name = (n) => {
  let s = "";
  for (let k = n; s.length < 5; k = Math.floor(k / 20)) s += letters[k % 20];
  return `Kid${s.toLowerCase()}`;
};

/** A different family each time: its own child, mobile and postcode, so nothing links them. */
function bookingBody(sessionId, n) {
  const inward = `${n % 10}${letters[Math.floor(n / 10) % 20]}${letters[Math.floor(n / 200) % 20]}`;
  return JSON.stringify({
    sessionId,
    idempotencyKey: crypto.randomUUID(),
    carerName: `Bench carer ${n}`,
    mobile: `07${700_000_000 + n}`,
    preferredChannel: "sms",
    postcode: `${districts[Math.floor(n / 4000) % districts.length]} ${inward}`,
    consentToContact: false,
    children: [{ firstName: name(n), dateOfBirth: "2023-06-01" }],
  });
}

function post(agent, port, body) {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port,
        path: "/trpc/bookings.create",
        method: "POST",
        agent,
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => (text += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

async function run(job) {
  const agent = new Agent({ keepAlive: true, maxSockets: job.clients });
  const report = { requests: 0, booked: 0, waitlisted: 0, failed: 0, failures: {}, latenciesMs: [], elapsedMs: 0 };
  let next = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: job.clients }, async () => {
      while (next < job.total) {
        const body = bookingBody(job.sessionId, job.firstFamily + next++);
        const sent = performance.now();
        const { status, text } = await post(agent, job.port, body);
        report.latenciesMs.push(performance.now() - sent);
        report.requests++;
        const outcome = status === 200 ? JSON.parse(text).result.data.status : `HTTP ${status}`;
        if (outcome === "booked") report.booked++;
        else if (outcome === "waitlisted") report.waitlisted++;
        else {
          report.failed++;
          report.failures[outcome] = (report.failures[outcome] ?? 0) + 1;
        }
      }
    }),
  );
  report.elapsedMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  report.clientCpuMs = (used.user + used.system) / 1000;
  agent.destroy();
  return report;
}

process.once("message", async (job) => {
  process.send(await run(job), () => process.exit(0));
});
