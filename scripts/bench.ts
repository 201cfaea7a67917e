/**
 * Benchmarks the lists that grow with a national deployment: a jobcentre's companies and
 * its audit log, on a database filled to roughly national size for one jobcentre.
 * Targets (from PRODUCT.md "Scale"): a page of a list costs about the same at that size
 * as in the demo — here, under 20 ms per page on this machine.
 */
import fs from "node:fs";
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";

const file = "tmp/bench.db";
for (const s of ["", "-wal", "-shm"]) fs.rmSync(file + s, { force: true });
process.env.DATABASE_PATH = file;

const { getDb, closeDb } = await import("~/db/client.server");
// Slots name a mentor; the bench does not check foreign keys for its synthetic rows.
const { auditLog, companies, jobcentres, users } = await import("~/db/schema");
const { listJobcentreCompanies } = await import("~/domain/companies/queries.server");
const { listAuditLog } = await import("~/domain/audit/queries.server");
const { searchBoard, reviewQueue } = await import("~/domain/slots/queries.server");
const { parseBoardFilters } = await import("~/http/filters/board");
const { workplaces, slots } = await import("~/db/schema");
const { actorFor } = await import("~/auth/current-user.server");

const db = getDb();
db.run(sql`pragma foreign_keys = off`);
const COMPANIES = 20_000;
const AUDIT_ROWS = 200_000;
const jc = db.insert(jobcentres).values({ name: "Bench", municipality: "Bench" }).returning().get();
const other = db.insert(jobcentres).values({ name: "Other", municipality: "Other" }).returning().get();
db.transaction((tx) => {
  for (let i = 0; i < COMPANIES; i++) {
    tx.insert(companies)
      .values({ cvr: String(10_000_000 + i), name: `Firma ${i}`, industry: "retail", jobcentreId: i % 2 ? jc.id : other.id, status: i % 10 ? "verified" : "pending" })
      .run();
  }
  // One workplace per company in the bench jobcentre, and an open slot at every second one.
  const postcodes = ["2200", "2300", "2500", "8000", "8200", "5000", "9000", "2100"];
  const companyRows = tx.select({ id: companies.id, jobcentreId: companies.jobcentreId }).from(companies).all();
  for (const c of companyRows) {
    const w = tx
      .insert(workplaces)
      .values({ companyId: c.id, pNumber: String(1_000_000_000 + c.id), name: "W", address: "A", postcode: postcodes[c.id % postcodes.length]!, city: "C", ordinaryFte: 20 })
      .returning()
      .get();
    if (c.id % 2 === 0) {
      tx.insert(slots)
        .values({
          companyId: c.id,
          jobcentreId: c.jobcentreId,
          workplaceId: w.id,
          kind: c.id % 4 === 0 ? "praktik" : "loentilskud",
          status: c.id % 8 === 0 ? "submitted" : "open",
          title: `Plads ${c.id}`,
          purposeKind: "job_goal",
          purpose: "Bench",
          startDate: "2027-01-01",
          lengthWeeks: 13,
          startHours: 5 + (c.id % 30),
          targetHours: 35,
          workingDays: ["mon", "tue"],
          dayStart: "08:00",
          dayEnd: "12:00",
          mentorUserId: 1,
          seats: 1,
          submittedAt: new Date(),
          openedAt: new Date(),
          updatedAt: new Date(),
        })
        .run();
    }
  }
  const start = Date.now() - AUDIT_ROWS * 1000;
  for (let i = 0; i < AUDIT_ROWS; i++) {
    tx.insert(auditLog).values({ at: new Date(start + i * 1000), event: i % 3 ? "auth.login" : "user.invited", jobcentreId: i % 2 ? jc.id : other.id }).run();
  }
});
const admin = db
  .insert(users)
  .values({ email: "bench@x.dk", name: "Bench", passwordHash: "x", role: "jobcentre_admin", jobcentreId: jc.id })
  .returning()
  .get();
const ctx = { db, actor: actorFor(db, admin), now: new Date() };

function measure(label: string, fn: () => unknown, runs = 50) {
  fn();
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) fn();
  const ms = (performance.now() - t0) / runs;
  console.log(`${label.padEnd(48)} ${ms.toFixed(2)} ms/page ${ms < 20 ? "ok" : "OVER TARGET (20 ms)"}`);
}

measure("companies, first page (10k in jobcentre)", () => listJobcentreCompanies(ctx, { page: 1 }));
measure("pending companies, oldest first", () => listJobcentreCompanies(ctx, { page: 1, status: "pending", oldestFirst: true }));
measure("audit log, first page (100k rows)", () => listAuditLog(ctx, {}));
measure("audit log filtered by type", () => listAuditLog(ctx, { event: "user.invited" }));
const board = (q: string) => () => searchBoard(ctx, parseBoardFilters(new URLSearchParams(q)));
measure("shared board, first page (~2.5k open slots)", board(""));
measure("board: kind, hours and days", board("kind=praktik&hours=20&day=mon&day=tue&day=wed"));
measure("board: within 25 km of 2200, nearest first", board("postcode=2200&radius=25&sort=distance"));
measure("board: low physical demand", board("max_physical=1"));
measure("review queue, oldest first", () => reviewQueue(ctx, 1));
closeDb();
