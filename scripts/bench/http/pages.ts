import type Database from "better-sqlite3";
import { CANDIDATE_PAGE_SIZE } from "~/domain/candidates/candidate-list.server";
import { COMPANY_PAGE_SIZE } from "~/domain/companies/queries.server";
import { NOTIFICATION_PAGE_SIZE } from "~/domain/notifications/kinds";
import { FOLLOW_UP_PAGE_SIZE } from "~/domain/placements/follow-up-list.server";
import { PLACEMENT_PAGE_SIZE } from "~/domain/placements/queries.server";
import { PROPOSAL_PAGE_SIZE } from "~/domain/proposals/proposal-list.server";
import { SLOT_PAGE_SIZE } from "~/domain/slots/queries.server";
import { TASK_PAGE_SIZE } from "~/domain/tasks/queries.server";

export interface BenchPage {
  /** Who asks: a login e-mail, or null for anonymous. */
  as: string | null;
  label: string;
  path: string;
  /** The route in app/routes.ts, for the JS and CSS the page downloads. */
  route: string;
}

/** What Chrome asks for over https: pages then come as brotli, as browsers get them (decision 048). */
export const BROWSER_ACCEPT_ENCODING = "gzip, deflate, br, zstd";

/** The floor: a nearly static page of the same server, same layout, no list. */
export const FLOOR: BenchPage = { as: null, label: "floor: accessibility statement", path: "/accessibility", route: "routes/accessibility" };

/**
 * The same static page asked for by the page's own user: the floor of a signed-in page, which
 * also checks the session and draws the signed-in header with its counts (what every page of
 * that role pays before its own content). An anonymous page's own floor is FLOOR.
 */
export function ownFloor(page: BenchPage): BenchPage {
  return page.as === null ? FLOOR : { ...FLOOR, as: page.as, label: `floor signed in as ${page.as}` };
}

const at = (local: string) => `${local}@bench.fodfaeste.dk`;
export const BENCH_USERS = { hr: at("hr.c1"), mentor: at("mentor.c1"), consultant: at("konsulent1.jc1"), admin: at("admin.jc1") };

/**
 * Every list and start page per role at the big-city jobcentre and the chain, with the deep
 * pages and filters that cost the most. Ids and last pages are read from the bench database.
 */
export function benchPages(sqlite: Database.Database, deepAudit: (sqlite: Database.Database, jobcentreId: number) => string): BenchPage[] {
  const one = <T>(sql: string, ...params: unknown[]) => sqlite.prepare(sql).get(...params) as T;
  const { companyId, jobcentreId } = one<{ companyId: number; jobcentreId: number }>(
    "select c.id as companyId, c.jobcentre_id as jobcentreId from users u join companies c on c.id = u.company_id where u.email = ?",
    BENCH_USERS.hr,
  );
  const last = (n: number, size: number) => Math.max(1, Math.ceil(n / size));
  const n = (sql: string, ...params: unknown[]) => one<{ n: number }>(sql, ...params).n;
  const openSlots = n("select count(*) as n from slots where jobcentre_id = ? and status = 'open'", jobcentreId);
  const companies = n("select count(*) as n from companies where jobcentre_id = ?", jobcentreId);
  const candidates = n("select count(*) as n from candidates where jobcentre_id = ?", jobcentreId);
  const tasks = n("select count(*) as n from tasks where company_id = ?", companyId);
  const workplaces = n("select count(*) as n from workplaces where company_id = ?", companyId);
  const companySlot = n("select min(id) as n from slots where company_id = ? and status = 'open'", companyId);
  const boardSlot = n("select max(id) as n from slots where jobcentre_id = ? and status = 'open'", jobcentreId);
  const companyPlacements = n("select count(*) as n from placements where company_id = ?", companyId);
  const jobcentrePlacements = n("select count(*) as n from placements where jobcentre_id = ?", jobcentreId);
  const jobcentreProposals = n("select count(*) as n from proposals where jobcentre_id = ?", jobcentreId);
  const jobcentreFollowUps = n("select count(*) as n from follow_ups f join placements p on p.id = f.placement_id where p.jobcentre_id = ?", jobcentreId);
  const consultantId = n("select id as n from users where email = ?", BENCH_USERS.consultant);
  // The consultant's team (bench:data puts consultants two to a team, decision 033).
  const team = one<{ team: string | null }>("select team from users where id = ?", consultantId).team ?? "Team Nord";
  const consultantNotifications = n("select count(*) as n from notifications where user_id = ?", consultantId);
  // The chain's active placement with the most follow-ups so far, and one of them that was answered.
  const placement = n(
    "select p.id as n from placements p join follow_ups f on f.placement_id = p.id where p.company_id = ? and p.status = 'active' group by p.id order by count(*) desc, p.id limit 1",
    companyId,
  );
  const followUp = n("select max(id) as n from follow_ups where placement_id = ? and status = 'submitted'", placement);
  const postcode = one<{ postcode: string }>("select w.postcode from workplaces w where w.company_id = ? order by w.id limit 1", companyId).postcode;
  // A candidate of the big city with a valid consent, for the slots ranked for them.
  const candidate = n("select min(c.id) as n from candidates c join consents k on k.candidate_id = c.id where c.jobcentre_id = ? and k.withdrawn_at is null and k.replaced_at is null and k.expires_on >= ?", jobcentreId, new Date().toISOString().slice(0, 10));
  const { hr, mentor, consultant, admin } = BENCH_USERS;
  return [
    { as: null, label: "home", path: "/", route: "routes/home" },
    { as: null, label: "login", path: "/login", route: "routes/auth/login" },
    { as: hr, label: "HR: start", path: "/company", route: "routes/company/start" },
    { as: hr, label: "HR: tasks", path: "/company/tasks", route: "routes/company/tasks/index" },
    { as: hr, label: "HR: tasks, last page", path: `/company/tasks?page=${last(tasks, TASK_PAGE_SIZE)}`, route: "routes/company/tasks/index" },
    { as: hr, label: "HR: slots", path: "/company/slots", route: "routes/company/slots/index" },
    { as: hr, label: "HR: slots, all statuses", path: "/company/slots?status=all", route: "routes/company/slots/index" },
    { as: hr, label: `HR: workplaces (${workplaces})`, path: "/company/workplaces", route: "routes/company/workplaces" },
    { as: hr, label: "HR: workplaces, last page", path: `/company/workplaces?page=${last(workplaces, 20)}`, route: "routes/company/workplaces" },
    { as: hr, label: "HR: new slot (workplace choice)", path: "/company/slots/new", route: "routes/company/slots/new" },
    { as: hr, label: "HR: a slot", path: `/company/slots/${companySlot}`, route: "routes/company/slots/detail" },
    { as: hr, label: "HR: colleagues", path: "/company/colleagues", route: "routes/company/colleagues" },
    { as: hr, label: "HR: proposals", path: "/company/proposals", route: "routes/company/proposals/index" },
    { as: hr, label: "HR: notifications", path: "/notifications", route: "routes/notifications" },
    { as: hr, label: `HR: placements (${companyPlacements})`, path: "/company/placements", route: "routes/company/placements/index" },
    { as: hr, label: "HR: placements, last page", path: `/company/placements?page=${last(companyPlacements, PLACEMENT_PAGE_SIZE)}`, route: "routes/company/placements/index" },
    { as: hr, label: "HR: a placement (follow-ups)", path: `/company/placements/${placement}`, route: "routes/company/placements/detail" },
    { as: hr, label: "HR: a follow-up", path: `/company/placements/${placement}/follow-ups/${followUp}`, route: "routes/company/placements/follow-up" },
    { as: mentor, label: "mentor: start", path: "/company", route: "routes/company/start" },
    { as: hr, label: "HR: follow-ups to do", path: "/company/follow-ups", route: "routes/company/follow-ups" },
    { as: hr, label: "HR: follow-ups overdue", path: "/company/follow-ups?view=overdue", route: "routes/company/follow-ups" },
    { as: hr, label: "HR: follow-ups sent", path: "/company/follow-ups?view=submitted", route: "routes/company/follow-ups" },
    { as: hr, label: "HR: follow-ups, all", path: "/company/follow-ups?view=all", route: "routes/company/follow-ups" },
    { as: mentor, label: "mentor: slots", path: "/company/slots", route: "routes/company/slots/index" },
    { as: mentor, label: "mentor: placements", path: "/company/placements", route: "routes/company/placements/index" },
    { as: consultant, label: "consultant: start", path: "/jobcentre", route: "routes/jobcentre/start" },
    ...(["thisQuarter", "lastQuarter", "thisYear"] as const).flatMap((period) =>
      (["jobcentre", "mine"] as const).map((scope) => ({ as: consultant, label: `consultant: dashboard, ${period}, ${scope}`, path: `/jobcentre/dashboard?period=${period}&scope=${scope}`, route: "routes/jobcentre/dashboard" })),
    ),
    { as: consultant, label: "consultant: dashboard, this quarter, team", path: "/jobcentre/dashboard?period=thisQuarter&scope=team", route: "routes/jobcentre/dashboard" },
    { as: consultant, label: "consultant: dashboard, custom 12 months", path: "/jobcentre/dashboard?period=custom&from=2025-12-01&to=2026-11-30&scope=jobcentre", route: "routes/jobcentre/dashboard" },
    { as: consultant, label: `consultant: placements (${jobcentrePlacements})`, path: "/jobcentre/placements", route: "routes/jobcentre/placements/index" },
    { as: consultant, label: "consultant: placements, last page", path: `/jobcentre/placements?page=${last(jobcentrePlacements, PLACEMENT_PAGE_SIZE)}`, route: "routes/jobcentre/placements/index" },
    { as: consultant, label: "consultant: a placement (follow-ups)", path: `/jobcentre/placements/${placement}`, route: "routes/jobcentre/placements/detail" },
    { as: consultant, label: "consultant: a follow-up", path: `/jobcentre/placements/${placement}/follow-ups/${followUp}`, route: "routes/jobcentre/placements/follow-up" },
    { as: consultant, label: "consultant: a placement's timeline", path: `/jobcentre/placements/${placement}/timeline`, route: "routes/jobcentre/placements/timeline" },
    { as: consultant, label: "consultant: stories", path: "/jobcentre/stories", route: "routes/jobcentre/stories" },
    { as: consultant, label: "consultant: stories, citizen stories", path: "/jobcentre/stories?kind=citizen_story", route: "routes/jobcentre/stories" },
    { as: consultant, label: "consultant: decline reasons", path: "/jobcentre/decline-reasons", route: "routes/jobcentre/decline-reasons" },
    { as: consultant, label: "consultant: decline reasons, a year, industry", path: "/jobcentre/decline-reasons?from=2025-12-01&to=2026-11-30&industry=retail", route: "routes/jobcentre/decline-reasons" },
    { as: consultant, label: `consultant: notifications (${consultantNotifications})`, path: "/notifications", route: "routes/notifications" },
    { as: consultant, label: "consultant: notifications, last page", path: `/notifications?page=${last(consultantNotifications, NOTIFICATION_PAGE_SIZE)}`, route: "routes/notifications" },
    { as: consultant, label: `consultant: companies (${companies})`, path: "/jobcentre/companies", route: "routes/jobcentre/companies" },
    { as: consultant, label: "consultant: companies, last page", path: `/jobcentre/companies?page=${last(companies, COMPANY_PAGE_SIZE)}`, route: "routes/jobcentre/companies" },
    { as: consultant, label: "consultant: review queue", path: "/jobcentre/review", route: "routes/jobcentre/review" },
    { as: consultant, label: `consultant: board (${openSlots} open)`, path: "/jobcentre/board", route: "routes/jobcentre/board" },
    { as: consultant, label: "consultant: board, last page", path: `/jobcentre/board?page=${last(openSlots, SLOT_PAGE_SIZE)}`, route: "routes/jobcentre/board" },
    { as: consultant, label: "consultant: board, nearest first", path: `/jobcentre/board?postcode=${postcode}&radius=25&sort=distance`, route: "routes/jobcentre/board" },
    { as: consultant, label: "consultant: board, text search", path: "/jobcentre/board?q=lager", route: "routes/jobcentre/board" },
    { as: consultant, label: "consultant: board, kind+hours+days", path: "/jobcentre/board?kind=praktik&hours=20&day=mon&day=tue&day=wed&day=thu&day=fri", route: "routes/jobcentre/board" },
    { as: consultant, label: "consultant: board, low physical demand", path: "/jobcentre/board?max_physical=1", route: "routes/jobcentre/board" },
    { as: consultant, label: "consultant: a slot", path: `/jobcentre/slots/${boardSlot}`, route: "routes/jobcentre/slot" },
    { as: consultant, label: "consultant: candidates ranked for a slot", path: `/jobcentre/slots/${boardSlot}/candidates`, route: "routes/jobcentre/slot-candidates" },
    { as: consultant, label: "consultant: slots ranked for a candidate", path: `/jobcentre/candidates/${candidate}/slots`, route: "routes/jobcentre/candidates/slots" },
    { as: consultant, label: "consultant: the chain's tasks", path: `/jobcentre/companies/${companyId}/tasks`, route: "routes/jobcentre/company-tasks" },
    { as: consultant, label: `consultant: the chain's workplaces (${workplaces})`, path: `/jobcentre/companies/${companyId}/workplaces`, route: "routes/jobcentre/company-workplaces" },
    { as: consultant, label: `consultant: candidates (${candidates})`, path: "/jobcentre/candidates", route: "routes/jobcentre/candidates/index" },
    { as: consultant, label: "consultant: candidates, last page", path: `/jobcentre/candidates?page=${last(candidates, CANDIDATE_PAGE_SIZE)}`, route: "routes/jobcentre/candidates/index" },
    { as: consultant, label: "consultant: candidates, text search", path: "/jobcentre/candidates?q=kandidat%201", route: "routes/jobcentre/candidates/index" },
    { as: consultant, label: "consultant: candidates, consent+no proposal", path: "/jobcentre/candidates?consent=valid&noOpenProposal=1", route: "routes/jobcentre/candidates/index" },
    { as: consultant, label: "consultant: candidates, near a postcode", path: `/jobcentre/candidates?postcode=${postcode}&radius=10`, route: "routes/jobcentre/candidates/index" },
    { as: consultant, label: "consultant: candidates, mine by hours", path: `/jobcentre/candidates?responsible=${consultantId}&sort=hours`, route: "routes/jobcentre/candidates/index" },
    { as: consultant, label: `consultant: candidates, team (${team})`, path: `/jobcentre/candidates?team=${encodeURIComponent(team)}`, route: "routes/jobcentre/candidates/index" },
    { as: consultant, label: "consultant: candidates, team by consent", path: `/jobcentre/candidates?team=${encodeURIComponent(team)}&sort=consent`, route: "routes/jobcentre/candidates/index" },
    { as: consultant, label: "consultant: candidates, sorted by consent", path: "/jobcentre/candidates?sort=consent", route: "routes/jobcentre/candidates/index" },
    { as: consultant, label: "consultant: placements, team", path: `/jobcentre/placements?team=${encodeURIComponent(team)}`, route: "routes/jobcentre/placements/index" },
    { as: consultant, label: `consultant: proposals (${jobcentreProposals})`, path: "/jobcentre/proposals", route: "routes/jobcentre/proposals/index" },
    { as: consultant, label: "consultant: proposals, last page", path: `/jobcentre/proposals?page=${last(jobcentreProposals, PROPOSAL_PAGE_SIZE)}`, route: "routes/jobcentre/proposals/index" },
    { as: consultant, label: "consultant: proposals, unanswered", path: "/jobcentre/proposals?unanswered=1", route: "routes/jobcentre/proposals/index" },
    { as: consultant, label: "consultant: proposals, accepted", path: "/jobcentre/proposals?status=accepted", route: "routes/jobcentre/proposals/index" },
    { as: consultant, label: "consultant: placements, completed", path: "/jobcentre/placements?status=completed", route: "routes/jobcentre/placements/index" },
    { as: consultant, label: "consultant: placements, at risk", path: "/jobcentre/placements?atRisk=1", route: "routes/jobcentre/placements/index" },
    { as: consultant, label: "consultant: placements, reached 13 weeks", path: "/jobcentre/placements?reached13Weeks=1", route: "routes/jobcentre/placements/index" },
    { as: consultant, label: "consultant: follow-ups to do", path: "/jobcentre/follow-ups", route: "routes/jobcentre/follow-ups" },
    { as: consultant, label: "consultant: follow-ups overdue", path: "/jobcentre/follow-ups?view=overdue", route: "routes/jobcentre/follow-ups" },
    { as: consultant, label: "consultant: follow-ups sent", path: "/jobcentre/follow-ups?view=submitted", route: "routes/jobcentre/follow-ups" },
    { as: consultant, label: "consultant: follow-ups upcoming", path: "/jobcentre/follow-ups?view=upcoming", route: "routes/jobcentre/follow-ups" },
    { as: consultant, label: "consultant: follow-ups, all", path: "/jobcentre/follow-ups?view=all", route: "routes/jobcentre/follow-ups" },
    { as: consultant, label: "consultant: follow-ups, all, last page", path: `/jobcentre/follow-ups?view=all&page=${last(jobcentreFollowUps, FOLLOW_UP_PAGE_SIZE)}`, route: "routes/jobcentre/follow-ups" },
    { as: consultant, label: "consultant: board, without a proposal, open longest", path: "/jobcentre/board?withoutProposal=1&sort=oldest", route: "routes/jobcentre/board" },
    { as: admin, label: "admin: audit log", path: "/jobcentre/audit", route: "routes/jobcentre/audit" },
    { as: admin, label: "admin: audit log, page 10,000", path: deepAudit(sqlite, jobcentreId), route: "routes/jobcentre/audit" },
    { as: admin, label: "admin: audit log, one event type", path: "/jobcentre/audit?event=user.invited", route: "routes/jobcentre/audit" },
    { as: admin, label: "admin: staff", path: "/jobcentre/staff", route: "routes/jobcentre/staff" },
    { as: admin, label: "admin: personal data due for anonymising", path: "/jobcentre/privacy", route: "routes/jobcentre/privacy" },
    { as: admin, label: "admin: start", path: "/jobcentre", route: "routes/jobcentre/start" },
    { as: admin, label: "admin: follow-ups to do", path: "/jobcentre/follow-ups", route: "routes/jobcentre/follow-ups" },
    { as: admin, label: "admin: dashboard, this year", path: "/jobcentre/dashboard?period=thisYear&scope=jobcentre", route: "routes/jobcentre/dashboard" },
  ];
}
