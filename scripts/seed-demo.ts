/**
 * Seeds the demo world. Idempotent: run it any number of times, it only adds what is
 * missing. It refuses to touch a database outside demo, development or test mode.
 */
import { and, eq } from "drizzle-orm";
import { bootstrapDatabase } from "~/bootstrap.server";
import { getDb, closeDb } from "~/db/client.server";
import { actorFor } from "~/auth/current-user.server";
import { catalogueTasks, companies, jobcentres, slots, tasks, users, workplaces } from "~/db/schema";
import { createTask, createTasksFromCatalogue, transitionTask } from "~/domain/tasks/commands.server";
import { draftTaskInput } from "~/domain/tasks/schema";
import { createSlot, transitionSlot } from "~/domain/slots/commands.server";
import { needsRepresentative } from "~/domain/slots/representative-need";
import { requestRepresentative, respondAsRepresentative } from "~/domain/slots/representative.server";
import { danishToday } from "~/domain/slots/schema";
import { workplaceInput } from "~/domain/companies/schema";
import { signupInput } from "~/domain/companies/signup";
import { confirmSignup, requestSignup } from "~/domain/companies/signup.server";
import { addWorkplace, decideCompany } from "~/domain/companies/commands.server";
import { createJobcentre, updateContactCard } from "~/domain/jobcentres/commands.server";
import { acceptInvitation, inviteColleague } from "~/domain/users/commands.server";
import { seedCandidates } from "./demo-candidates";
import { contactCardInput } from "~/domain/jobcentres/schema";
import { seedPlacements } from "./demo-placements";
import { DEMO_COMPANIES, DEMO_JOBCENTRES, DEMO_PASSWORD, DEMO_SLOTS, DEMO_USERS, type DemoCompany } from "./demo-data";

const mode = process.env.FODFAESTE_MODE ?? "demo";
if (!["demo", "development", "test"].includes(mode)) {
  console.error(`Demodata indlæses kun i demo-, udviklings- eller testtilstand (FODFAESTE_MODE=${mode}).`);
  process.exit(1);
}

const db = getDb();
// The catalogue the demo tasks come from, also when the seed runs on its own.
bootstrapDatabase(db);
const now = new Date();
const origin = process.env.PUBLIC_ORIGIN ?? `http://localhost:${process.env.PORT ?? 3000}`;

const jobcentreIds = await seedJobcentres();

await seedCompanies();
await seedJobcentreStaff();
seedContactCards();
seedTasks();
seedSlots();
seedCandidates(db, now);
seedPlacements(db, now);

closeDb();
console.log("Demodata er indlæst.");

/** The jobcentres' contact cards, written by each jobcentre's admin (Odense has none yet: the companies are told so). */
function seedContactCards() {
  for (const jc of DEMO_JOBCENTRES) {
    if (!jc.contact) continue;
    const row = db.select().from(jobcentres).where(eq(jobcentres.name, jc.name)).get()!;
    if (row.contactName) continue;
    const admin = db.select().from(users).where(and(eq(users.jobcentreId, row.id), eq(users.role, "jobcentre_admin"))).get();
    if (!admin) continue;
    updateContactCard({ db, actor: actorFor(db, admin), now }, { ...contactCardInput.parse(jc.contact), version: row.version });
  }
}

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

/**
 * Jobcentres as a deployment makes them (the command behind `npm run jobcentre:create`), each
 * with its administrator from the demo logins.
 */
async function seedJobcentres(): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const jc of DEMO_JOBCENTRES) {
    const existing = db.select({ id: jobcentres.id }).from(jobcentres).where(eq(jobcentres.name, jc.name)).get();
    if (existing) {
      ids.set(jc.key, existing.id);
      continue;
    }
    const admin = DEMO_USERS.find((u) => u.role === "jobcentre_admin" && u.jobcentre === jc.key)!;
    const created = await createJobcentre(
      { db, now, ip: "seed" },
      { name: jc.name, municipality: jc.municipality, adminEmail: admin.email, adminName: admin.name, password: DEMO_PASSWORD },
    );
    ids.set(jc.key, created.jobcentreId);
  }
  return ids;
}

/**
 * Companies join as they would in real life: the HR person signs up (the token is the one the
 * confirmation e-mail would carry), confirms, and the home jobcentre's administrator verifies
 * them; further workplaces are added by HR and mentors are invited by HR. Sign-up dates are
 * staggered so lists have a realistic order.
 */
async function seedCompanies() {
  for (const [i, c] of DEMO_COMPANIES.entries()) {
    const signedUp = new Date(now.getTime() - (DEMO_COMPANIES.length - i) * 86_400_000 * 9);
    const hrUser = DEMO_USERS.find((u) => u.role === "company_admin" && "company" in u && u.company === c.cvr)!;
    const [first, ...more] = c.workplaces;
    if (!db.select({ id: companies.id }).from(companies).where(eq(companies.cvr, c.cvr)).get()) {
      const anon = { db, now: signedUp, ip: "seed" };
      let token = "";
      await requestSignup(anon, {
        ...signupInput.parse({
          cvr: c.cvr,
          name: c.name,
          industry: c.industry,
          jobcentreId: jobcentreIds.get(c.jobcentre),
          workplace: demoWorkplace(first!),
          contactName: hrUser.name,
          phone: "phone" in hrUser ? hrUser.phone : "",
          email: hrUser.email,
          password: DEMO_PASSWORD,
        }),
        locale: "da",
        links: {
          confirm: (t) => {
            token = t;
            return `${origin}/signup/confirm/${t}`;
          },
          login: `${origin}/login`,
          reset: `${origin}/reset-password`,
        },
      });
      const confirmed = confirmSignup(anon, { token, link: (id) => `${origin}/jobcentre/companies/${id}` });
      if (!confirmed.ok) throw new Error(`Demovirksomheden ${c.name} kunne ikke oprettes (${confirmed.reason}).`);
      const company = db.select().from(companies).where(eq(companies.cvr, c.cvr)).get()!;
      if (c.status === "verified") {
        const admin = DEMO_USERS.find((u) => u.role === "jobcentre_admin" && u.jobcentre === c.jobcentre)!;
        decideCompany({ ...userCtx(admin.email), now: new Date(signedUp.getTime() + 3_600_000) }, { companyId: company.id, decision: "verified" });
      }
    }
    const company = db.select().from(companies).where(eq(companies.cvr, c.cvr)).get()!;
    const hr = { ...userCtx(hrUser.email), now: signedUp };
    for (const w of more) {
      const exists = db
        .select({ id: workplaces.id })
        .from(workplaces)
        .where(and(eq(workplaces.companyId, company.id), eq(workplaces.pNumber, w.pNumber)))
        .get();
      if (!exists) addWorkplace(hr, workplaceInput.parse(demoWorkplace(w)));
    }
    for (const u of DEMO_USERS) {
      if (u.role !== "mentor" || u.company !== c.cvr) continue;
      await joinByInvitation(hr, u);
    }
  }
}

/** A demo workplace as the form would send it (Danish decimal comma). */
function demoWorkplace(w: DemoCompany["workplaces"][number]) {
  return { ...w, ordinaryFte: String(w.ordinaryFte).replace(".", ",") };
}

/** Consultants join as they would in real life: invited by their administrator, accepting the link. */
async function seedJobcentreStaff() {
  for (const u of DEMO_USERS) {
    if (u.role !== "consultant") continue;
    const admin = DEMO_USERS.find((a) => a.role === "jobcentre_admin" && a.jobcentre === u.jobcentre)!;
    await joinByInvitation(userCtx(admin.email), u);
  }
}

/** The colleague is invited and accepts with the token the invitation's link would carry (once). */
async function joinByInvitation(inviter: ReturnType<typeof userCtx>, u: { name: string; email: string; role: "mentor" | "consultant" }) {
  if (db.select({ id: users.id }).from(users).where(eq(users.email, u.email)).get()) return;
  let token = "";
  inviteColleague(inviter, {
    name: u.name,
    email: u.email,
    role: u.role,
    locale: "da",
    link: (t) => {
      token = t;
      return `${origin}/invitation/${t}`;
    },
  });
  await acceptInvitation({ db, now: inviter.now, ip: "seed" }, { token, name: u.name, password: DEMO_PASSWORD });
}

function userCtx(email: string) {
  const user = db.select().from(users).where(eq(users.email, email)).get()!;
  return { db, actor: actorFor(db, user), now };
}

/**
 * Slots go through the real commands (rules, meter, representative, history, audit); the
 * representative's answer too, with the token the link would carry.
 */
function seedSlots() {
  const consultants: Record<string, string> = { kbh: "konsulent@demo.test", aarhus: "konsulent2@demo.test", odense: "konsulent3@demo.test" };
  for (const s of DEMO_SLOTS) {
    const company = db.select().from(companies).where(eq(companies.cvr, s.company)).get()!;
    if (db.select({ id: slots.id }).from(slots).where(and(eq(slots.companyId, company.id), eq(slots.title, s.title))).get()) continue;
    const demoCompany = DEMO_COMPANIES.find((c) => c.cvr === s.company)!;
    const hrEmail = DEMO_USERS.find((u) => u.role === "company_admin" && "company" in u && u.company === s.company)!.email;
    const hr = userCtx(hrEmail);
    const mentor = DEMO_USERS.find((u) => u.role === "mentor" && "company" in u && u.company === s.company)?.email;
    const workplace = db.select().from(workplaces).where(and(eq(workplaces.companyId, company.id), eq(workplaces.pNumber, s.pNumber))).get()!;
    const taskIds = db
      .select({ id: tasks.id })
      .from(tasks)
      .where(and(eq(tasks.companyId, company.id), eq(tasks.status, "active")))
      .limit(2)
      .all()
      .map((t) => t.id);
    const start = new Date(now.getTime() + s.startInDays * 86_400_000);
    const id = createSlot(hr, {
      kind: s.kind,
      title: s.title,
      purposeKind: s.purposeKind,
      purpose: s.purpose,
      workplaceId: workplace.id,
      taskIds,
      startDate: danishToday(start),
      lengthWeeks: 13,
      startHours: s.startHours,
      targetHours: s.targetHours,
      steps: [{ afterWeeks: 4, hours: Math.min(s.targetHours, s.startHours + 5) }],
      workingDays: s.kind === "smaajob" ? ["sat", "sun"] : ["mon", "tue", "wed", "thu", "fri"],
      dayStart: "08:00",
      dayEnd: "14:00",
      mentorUserId: mentor ? userCtx(mentor).actor.userId : hr.actor.userId,
      seats: s.seats,
      accessibility: "Trappefri adgang. Pauserum med mulighed for at sidde ned.",
      wishes: s.wishes,
    });
    let version = db.select({ v: slots.version }).from(slots).where(eq(slots.id, id)).get()!.v;
    if (needsRepresentative(workplace.ordinaryFte)) {
      // The representative answers through the same command the link's page uses.
      let token = "";
      requestRepresentative(hr, {
        slotId: id,
        version,
        repName: "Tillidsrepræsentant",
        repEmail: `tr-${demoCompany.cvr}@demo.test`,
        link: (slotId, t) => {
          token = t;
          return `${origin}/representative/${slotId}/${t}`;
        },
      });
      respondAsRepresentative({ db, now }, { slotId: id, token, decision: "confirmed", comment: null });
    }
    version = db.select({ v: slots.version }).from(slots).where(eq(slots.id, id)).get()!.v;
    transitionSlot(hr, { slotId: id, command: "submit", version: version++ });
    const consultant = userCtx(consultants[demoCompany.jobcentre]!);
    if (s.outcome === "open") transitionSlot(consultant, { slotId: id, command: "approve", version: version++ });
    if (s.outcome === "changes_requested") transitionSlot(consultant, { slotId: id, command: "requestChanges", version: version++, comment: s.comment });
  }
}
