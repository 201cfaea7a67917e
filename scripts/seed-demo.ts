/**
 * Seeds the demo world. Idempotent: run it any number of times, it only adds what is
 * missing. It refuses to touch a database outside demo, development or test mode.
 */
import { and, eq } from "drizzle-orm";
import { hashPassword } from "~/auth/password.server";
import { getDb, closeDb } from "~/db/client.server";
import { actorFor } from "~/auth/current-user.server";
import { catalogueTasks, companies, jobcentres, tasks, users, workplaces } from "~/db/schema";
import { createTask, createTasksFromCatalogue, transitionTask } from "~/domain/tasks/commands.server";
import { draftTaskInput } from "~/domain/tasks/schema";
import type { Industry } from "~/domain/companies/schema";
import { DEMO_COMPANIES, DEMO_JOBCENTRES, DEMO_PASSWORD, DEMO_USERS } from "./demo-data";

const mode = process.env.FODFAESTE_MODE ?? "demo";
if (!["demo", "development", "test"].includes(mode)) {
  console.error(`Demodata indlæses kun i demo-, udviklings- eller testtilstand (FODFAESTE_MODE=${mode}).`);
  process.exit(1);
}

const db = getDb();
const now = new Date();
const passwordHash = await hashPassword(DEMO_PASSWORD);

db.transaction((tx) => {
  const jobcentreIds = new Map<string, number>();
  for (const jc of DEMO_JOBCENTRES) {
    const existing = tx.select().from(jobcentres).where(eq(jobcentres.name, jc.name)).get();
    const row =
      existing ?? tx.insert(jobcentres).values({ name: jc.name, municipality: jc.municipality, createdAt: now }).returning().get();
    jobcentreIds.set(jc.key, row.id);
  }

  const companyIds = new Map<string, number>();
  DEMO_COMPANIES.forEach((c, i) => {
    let company = tx.select().from(companies).where(eq(companies.cvr, c.cvr)).get();
    // Stagger sign-up dates so lists have a realistic order.
    const signedUp = new Date(now.getTime() - (DEMO_COMPANIES.length - i) * 86_400_000 * 9);
    company ??= tx
      .insert(companies)
      .values({
        cvr: c.cvr,
        name: c.name,
        industry: c.industry as Industry,
        jobcentreId: jobcentreIds.get(c.jobcentre)!,
        status: c.status,
        decidedAt: c.status === "verified" ? signedUp : null,
        createdAt: signedUp,
      })
      .returning()
      .get();
    companyIds.set(c.cvr, company.id);
    for (const w of c.workplaces) {
      const exists = tx
        .select({ id: workplaces.id })
        .from(workplaces)
        .where(and(eq(workplaces.companyId, company.id), eq(workplaces.pNumber, w.pNumber)))
        .get();
      if (!exists) tx.insert(workplaces).values({ ...w, companyId: company.id, createdAt: signedUp }).run();
    }
  });

  for (const u of DEMO_USERS) {
    if (tx.select({ id: users.id }).from(users).where(eq(users.email, u.email)).get()) continue;
    tx.insert(users)
      .values({
        email: u.email,
        name: u.name,
        passwordHash,
        role: u.role,
        companyId: "company" in u ? companyIds.get(u.company)! : null,
        jobcentreId: "jobcentre" in u ? jobcentreIds.get(u.jobcentre)! : null,
        createdAt: now,
      })
      .run();
  }
});

seedTasks();

closeDb();
console.log("Demodata er indlæst.");

/**
 * Each demo company with an HR login gets relief tasks: some picked with the task finder
 * (from the catalogue) and activated, one left as a draft, and Bageriet Hansen one of its own.
 */
function seedTasks() {
  for (const c of DEMO_COMPANIES) {
    const company = db.select().from(companies).where(eq(companies.cvr, c.cvr)).get()!;
    if (db.select({ id: tasks.id }).from(tasks).where(eq(tasks.companyId, company.id)).get()) continue;
    const hrEmail = DEMO_USERS.find((u) => u.role === "company_admin" && "company" in u && u.company === c.cvr)?.email;
    if (!hrEmail) continue;
    const hr = db.select().from(users).where(eq(users.email, hrEmail)).get()!;
    const ctx = { db, actor: actorFor(db, hr), now };
    const workplace = db.select().from(workplaces).where(eq(workplaces.companyId, company.id)).get()!;
    const keys = db
      .select({ key: catalogueTasks.key })
      .from(catalogueTasks)
      .where(eq(catalogueTasks.industry, c.industry))
      .orderBy(catalogueTasks.key)
      .limit(4)
      .all()
      .map((r) => r.key);
    const ids = createTasksFromCatalogue(ctx, { keys, workplaceId: workplace.id, locale: "da" });
    for (const id of ids.slice(0, 3)) transitionTask(ctx, { taskId: id, command: "activate", version: 1 });
    if (c.cvr === "31245672") {
      createTask(ctx, {
        ...draftTaskInput.parse({
          title: "Klargøring af kagedisken før åbning",
          description:
            "Sætte dagens kager og brød på plads i disken efter en fast plan, skrive prisskilte og tørre glas af, så bagerne kan blive i bageriet.",
          workplaceId: String(workplace.id),
          department: "Butikken",
          relievedRole: "Bager",
          hoursFreed: "5",
          frequency: "daily",
          learningTime: "days",
          physical: "1",
          social: "2",
          language: "1",
          pace: "2",
          precision: "2",
          adaptations: ["fixed_routines", "short_sessions"],
        }),
        activate: true,
      });
    }
  }
}
