import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { TOO_MANY_REQUESTS } from "@hearth/api";
import { insertDirectoryService, schema } from "@hearth/db";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHttpServer, type HttpTestServer } from "./http-server";

/**
 * The directory published in the Open Referral UK format: every answer validates against the
 * standard's schema shipped in docs/open-referral-uk; retired entries are not published; the
 * public routes are counted per address like the other public reads.
 */
let server: HttpTestServer;
let t: HttpTestServer["t"];
let app: HttpTestServer["app"];
let serviceId: string;
let retiredId: string;

const schemaFile = (name: string) =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../../docs/open-referral-uk/${name}`, import.meta.url)), "utf8")) as object;
const ajv = new Ajv({ allErrors: true, strict: false });
// ajv-formats is CommonJS: its plugin is the module's default export.
(addFormats as unknown as { default: (ajv: Ajv) => void }).default(ajv);
ajv.addSchema(schemaFile("service.json"), "service.json");
const validService = ajv.getSchema("service.json")!;
const validList = ajv.compile(schemaFile("service_list.json"));

beforeAll(async () => {
  server = await startHttpServer({ config: { bookingChangesPerMinute: 4 } });
  ({ t, app } = server);
  const [owner] = await t.db.select().from(schema.staffUsers).where(eq(schema.staffUsers.role, "lcss_worker")).limit(1);
  const [locality] = await t.db.select().from(schema.localities).where(eq(schema.localities.name, "Banbury North"));
  const base = {
    name: "Banbury Parent Talk",
    provider: "Banbury Family Trust",
    description: "Parenting workshops and a phone line for parents of teenagers.",
    needs: ["parenting" as const, "emotional_wellbeing" as const],
    minimumAge: 11,
    maximumAge: 18,
    eligibility: "Parents and carers living in Banbury",
    cost: "Free",
    localityIds: [locality!.id],
    venues: [{ name: "Grimsbury Hall", address: "West Street, Banbury", postcode: "OX16 3HA" }],
    openings: [{ day: "tuesday" as const, opensAt: "18:00", closesAt: "20:00" }],
    timesNote: "Term time only",
    accessRoutes: ["self_referral" as const, "professional_referral" as const],
    accessNote: "Ring and leave a message",
    phone: "01295 000222",
    email: "hello@example.org",
    website: "https://example.org/parent-talk",
    lastReviewedOn: "2026-10-01",
    ownerStaffId: owner!.id,
    createdBy: null,
    active: true,
  };
  const made = await insertDirectoryService(t.db, base);
  const retired = await insertDirectoryService(t.db, { ...base, name: "Closed Group", active: false, venues: [], openings: [] });
  if (made === "unknown locality" || retired === "unknown locality") throw new Error("expected entries");
  serviceId = made.id;
  retiredId = retired.id;
});
afterAll(() => server.stop());

const get = (url: string, ip = "198.51.100.1") => app.inject({ method: "GET", url, remoteAddress: ip });

describe("Open Referral UK", () => {
  it("publishes one service that validates against the standard's schema, with venue, times, area and need", async () => {
    const answer = await get(`/openreferral/services/${serviceId}`, "198.51.100.10");
    expect(answer.statusCode).toBe(200);
    const service = answer.json<{ taxonomy_terms: { code: string }[] }>();
    expect(validService(service), JSON.stringify(validService.errors)).toBe(true);
    expect(service).toMatchObject({
      id: serviceId,
      status: "active",
      minimum_age: 11,
      maximum_age: 18,
      assured_date: "2026-10-01",
      organization: { name: "Banbury Family Trust" },
      schedules: [{ freq: "WEEKLY", byday: "TU", opens_at: "18:00", closes_at: "20:00" }],
      service_areas: [{ name: "Banbury North" }],
      service_at_locations: [{ location: { name: "Grimsbury Hall", addresses: [{ postal_code: "OX16 3HA", city: "Banbury", country: "GB" }] } }],
    });
    expect(service.taxonomy_terms.map((term) => term.code)).toEqual(["parenting", "emotional_wellbeing"]);
    expect(JSON.stringify(service)).not.toMatch(/owner|signpost/i);
  });

  it("pages every active service, each valid, and leaves retired ones out", async () => {
    const answer = await get("/openreferral/services?page=1&per_page=200", "198.51.100.11");
    const page = answer.json<{ contents: { id: string }[] }>();
    expect(validList(page), JSON.stringify(validList.errors)).toBe(true);
    const ids = page.contents.map((s) => s.id);
    expect(ids).toContain(serviceId);
    expect(ids).not.toContain(retiredId);
    expect(page).toMatchObject({ page_number: 1, first_page: true, total_items: ids.length });
    expect((await get(`/openreferral/services/${retiredId}`, "198.51.100.11")).statusCode).toBe(404);
    expect((await get("/openreferral/services/not-an-id", "198.51.100.11")).statusCode).toBe(404);
  });

  it("offers everything as a download, and refuses a bad page plainly", async () => {
    const download = await get("/openreferral/download", "198.51.100.12");
    expect(download.headers["content-disposition"]).toMatch(/attachment/);
    const all = download.json<unknown[]>();
    expect(all.filter((s) => !validService(s))).toEqual([]);
    const bad = await get("/openreferral/services?per_page=5000", "198.51.100.12");
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toEqual({ message: "per_page must be a whole number from 1 to 200" });
  });

  it("counts requests per address like the other public reads", async () => {
    const answers = [];
    for (let i = 0; i < 21; i++) answers.push((await get("/openreferral/services", "198.51.100.99")).statusCode);
    expect(answers.slice(0, 20).every((code) => code === 200)).toBe(true);
    expect(answers[20]).toBe(429);
    expect((await get("/openreferral/services", "198.51.100.99")).json()).toEqual({ message: TOO_MANY_REQUESTS });
  });
});
