/**
 * Benchmarks the explainable fit at a large jobcentre: 20,000 candidates with consents and
 * 400 open slots. Measures ranking the candidates for one slot and the open slots for one
 * candidate, as the consultant's pages do (reads, consents, distances and the fit itself).
 * Reported, not asserted: speed targets live here, never in timed tests.
 */
import fs from "node:fs";
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";

const file = "tmp/bench-candidates.db";
for (const s of ["", "-wal", "-shm"]) fs.rmSync(file + s, { force: true });
process.env.DATABASE_PATH = file;

const { getDb, closeDb } = await import("~/db/client.server");
const { candidates, companies, consents, jobcentres, slots, slotTasks, tasks, users, workplaces } = await import("~/db/schema");
const { rankCandidatesForSlot, rankSlotsForCandidate } = await import("~/domain/proposals/queries.server");
const { actorFor } = await import("~/auth/current-user.server");

const CANDIDATES = 20_000;
const COMPANIES = 200;
const SLOTS_PER_COMPANY = 2;

const db = getDb();
db.run(sql`pragma foreign_keys = off`);
const jc = db.insert(jobcentres).values({ name: "Bench", municipality: "Bench" }).returning().get();
const consultant = db
  .insert(users)
  .values({ email: "bench-consultant@x.dk", name: "Bench", passwordHash: "x", role: "consultant", jobcentreId: jc.id })
  .returning()
  .get();
const postcodes = ["2200", "2300", "2400", "2500", "2700", "2720", "2000", "2100", "2610", "2650", "2800", "2900"];
const weekdays = [["mon", "tue", "wed", "thu", "fri"], ["mon", "tue", "wed"], ["tue", "thu"], ["sat", "sun"]] as const;
const needs = [["quiet_place"], [], ["seated", "fixed_routines"], ["short_sessions"]] as const;
const today = new Date().toISOString().slice(0, 10);
const inAYear = new Date(Date.now() + 300 * 86_400_000).toISOString().slice(0, 10);

const seedStart = performance.now();
let firstSlot = 0;
db.transaction((tx) => {
  for (let c = 0; c < COMPANIES; c++) {
    const company = tx
      .insert(companies)
      .values({ cvr: String(20_000_000 + c), name: `Firma ${c}`, industry: c % 2 ? "retail" : "bakery_food", jobcentreId: jc.id, status: "verified" })
      .returning()
      .get();
    const w = tx
      .insert(workplaces)
      .values({ companyId: company.id, pNumber: String(2_000_000_000 + c), name: "W", address: "A", postcode: postcodes[c % postcodes.length]!, city: "C", ordinaryFte: 40 })
      .returning()
      .get();
    const task = tx
      .insert(tasks)
      .values({ companyId: company.id, workplaceId: w.id, status: "active", title: "Opgave", physical: 1 + (c % 3), social: 1 + ((c + 1) % 3), language: 1 + (c % 2), pace: 2, precision: 1, adaptations: c % 2 ? ["quiet_place"] : ["seated"], updatedAt: new Date() })
      .returning()
      .get();
    for (let s = 0; s < SLOTS_PER_COMPANY; s++) {
      const slot = tx
        .insert(slots)
        .values({
          companyId: company.id,
          jobcentreId: jc.id,
          workplaceId: w.id,
          kind: "praktik",
          status: "open",
          title: `Plads ${c}-${s}`,
          purposeKind: "job_goal",
          purpose: "Bench",
          startDate: "2027-01-01",
          lengthWeeks: 13,
          startHours: 6 + ((c + s) % 12),
          targetHours: 25,
          workingDays: [...weekdays[(c + s) % weekdays.length]!],
          dayStart: "08:00",
          dayEnd: "14:00",
          mentorUserId: consultant.id,
          seats: 1,
          openedAt: new Date(),
          updatedAt: new Date(),
        })
        .returning()
        .get();
      firstSlot ||= slot.id;
      tx.insert(slotTasks).values({ slotId: slot.id, taskId: task.id }).run();
    }
  }
  for (let i = 0; i < CANDIDATES; i++) {
    const row = tx
      .insert(candidates)
      .values({
        jobcentreId: jc.id,
        responsibleUserId: consultant.id,
        alias: `Kandidat ${i}`,
        ageBand: "30-39",
        postcode: postcodes[i % postcodes.length]!,
        targetGroup: "sygedagpenge",
        languages: [{ language: "da", level: i % 3 ? "good" : "basic" }],
        experienceIndustries: [],
        strengths: "Stabil",
        wishIndustries: i % 2 ? ["retail"] : [],
        wishTasks: [],
        hoursNow: 4 + (i % 15),
        goalHours: 20,
        days: [...weekdays[i % weekdays.length]!],
        transport: ["bike"],
        maxTravelKm: 5 + (i % 20),
        supportNeeds: [...needs[i % needs.length]!],
        mentorStyles: [],
        updatedAt: new Date(),
      })
      .returning({ id: candidates.id })
      .get();
    if (i % 5 !== 0) {
      tx.insert(consents)
        .values({ candidateId: row.id, jobcentreId: jc.id, givenOn: today, expiresOn: inAYear, method: "digital", scope: "any", sections: ["basic"], recordedByUserId: consultant.id })
        .run();
    }
  }
});
console.log(`seeded ${CANDIDATES} candidates and ${COMPANIES * SLOTS_PER_COMPANY} open slots in ${Math.round(performance.now() - seedStart)} ms`);

const ctx = { db, actor: actorFor(db, consultant), now: new Date() };

function time(label: string, run: () => unknown, rounds = 5) {
  run(); // warm-up: statement cache and postcode table
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(`${label}: median ${times[Math.floor(rounds / 2)]!.toFixed(1)} ms (min ${times[0]!.toFixed(1)}, max ${times.at(-1)!.toFixed(1)})`);
}

time(`rank ${CANDIDATES} candidates for one slot (first page)`, () => rankCandidatesForSlot(ctx, firstSlot, 1));
time(`rank ${COMPANIES * SLOTS_PER_COMPANY} open slots for one candidate`, () => rankSlotsForCandidate(ctx, 1));

closeDb();
if (!process.env.BENCH_KEEP) for (const s of ["", "-wal", "-shm"]) fs.rmSync(file + s, { force: true });
