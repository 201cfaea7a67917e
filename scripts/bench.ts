/**
 * Benchmarks the lists that grow with a national deployment: a jobcentre's companies and
 * its audit log, on a database filled to roughly national size for one jobcentre.
 * Targets (from PRODUCT.md "Scale"): a page of a list costs about the same at that size
 * as in the demo — here, under 20 ms per page on this machine.
 */
import fs from "node:fs";
import { performance } from "node:perf_hooks";

const file = "tmp/bench.db";
for (const s of ["", "-wal", "-shm"]) fs.rmSync(file + s, { force: true });
process.env.DATABASE_PATH = file;

const { getDb, closeDb } = await import("~/db/client.server");
const { auditLog, companies, jobcentres, users } = await import("~/db/schema");
const { listJobcentreCompanies } = await import("~/domain/companies/queries.server");
const { listAuditLog } = await import("~/domain/audit/queries.server");
const { actorFor } = await import("~/auth/current-user.server");

const db = getDb();
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
measure("audit log, first page (100k rows)", () => listAuditLog(ctx, { page: 1 }));
measure("audit log filtered by type", () => listAuditLog(ctx, { page: 1, event: "user.invited" }));
closeDb();
