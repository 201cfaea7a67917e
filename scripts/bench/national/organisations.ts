import { companies, jobcentres, users, workplaces } from "~/db/schema";
import { INDUSTRIES, type CompanyStatus } from "~/domain/companies/schema";
import { inserter } from "./bulk-insert";
import { BENCH_DOMAIN, count, DAY, postcodeTable, type Stage } from "./generation";
import { portion } from "./sizes";

/** A valid CVR (modulus 11) for each n, all different. */
export function* cvrNumbers(): Generator<string> {
  const weights = [2, 7, 6, 5, 4, 3, 2];
  for (let prefix = 3_000_000; ; prefix++) {
    const sum = [...String(prefix)].reduce((acc, d, i) => acc + Number(d) * weights[i]!, 0);
    const check = (11 - (sum % 11)) % 11;
    if (check < 10) yield `${prefix}${check}`;
  }
}

function companyStatus(index: number): CompanyStatus {
  if (index === 0) return "verified"; // the chain
  if (index % 20 === 19) return "rejected";
  if (index % 10 === 9) return "pending";
  return "verified";
}

/** The team of a jobcentre's k-th consultant (from 0): two a team, the administrator in none. */
export function benchTeam(k: number): string {
  return ["Team Nord", "Team Syd", "Team Øst", "Team Vest"][Math.floor(k / 2) % 4]!;
}

/** Jobcentres with an admin and consultants; companies with an HR person, a mentor and workplaces. */
export const organisations: Stage = {
  name: "jobcentres, companies, workplaces and users",
  run(g) {
    const { sqlite, sizes, rng } = g;
    const addJobcentre = inserter(sqlite, jobcentres);
    const addCompany = inserter(sqlite, companies);
    const addWorkplace = inserter(sqlite, workplaces);
    const addUser = inserter(sqlite, users);
    const user = (email: string, name: string, role: "jobcentre_admin" | "consultant" | "company_admin" | "mentor", org: { jobcentreId?: number; companyId?: number; team?: string }) => {
      count(g, "users");
      return addUser({ email: `${email}@${BENCH_DOMAIN}`, name, passwordHash: g.passwordHash, role, ...org });
    };
    const table = postcodeTable();
    const cvr = cvrNumbers();
    let companyIndex = 0;
    let pNumber = 1_000_000_000;
    for (let j = 0; j < sizes.jobcentres; j++) {
      const n = j + 1;
      // Each jobcentre serves a run of neighbouring postcodes, so distances on its board are real.
      const from = Math.floor((j * table.length) / sizes.jobcentres);
      const postcodes = table.slice(from, Math.max(from + 1, Math.floor(((j + 1) * table.length) / sizes.jobcentres)));
      const id = addJobcentre({ name: `Jobcenter Bench ${n}`, municipality: `Benchkommune ${n}` });
      count(g, "jobcentres");
      const adminId = user(`admin.jc${n}`, `Administrator ${n}`, "jobcentre_admin", { jobcentreId: id });
      const consultantIds = Array.from({ length: sizes.consultantsPerJobcentre }, (_, k) =>
        // Two consultants a team (decision 033), so the lists' and the dashboard's "team" are measured.
        user(`konsulent${k + 1}.jc${n}`, `Konsulent ${k + 1} (jobcenter ${n})`, "consultant", { jobcentreId: id, team: benchTeam(k) }),
      );
      g.jobcentres.push({ id, adminId, consultantIds, postcodes });
      for (let k = 0; k < portion(sizes.companies, sizes.jobcentres, j, sizes.bigCity); k++, companyIndex++) {
        const c = companyIndex + 1;
        const status = companyStatus(companyIndex);
        const createdAt = new Date(g.now.getTime() - rng.int(30, 900) * DAY);
        const industry = rng.pick(INDUSTRIES);
        const companyId = addCompany({
          cvr: cvr.next().value!,
          name: companyIndex === 0 ? "Benchkæden A/S" : `Benchfirma ${c} ApS`,
          industry,
          jobcentreId: id,
          status,
          rejectionReason: status === "rejected" ? "Virksomheden driver ikke aktivitet i kommunen." : null,
          decidedAt: status === "pending" ? null : new Date(createdAt.getTime() + 2 * DAY),
          decidedByUserId: status === "pending" ? null : adminId,
          createdAt,
        });
        count(g, "companies");
        const workplaceCount = companyIndex === 0 ? sizes.chainWorkplaces : companyIndex % 10 === 0 ? 2 : 1;
        const workplaceIds: number[] = [];
        for (let w = 0; w < workplaceCount; w++) {
          const place = rng.pick(postcodes);
          const ordinaryFte = rng.int(30, 200);
          workplaceIds.push(
            addWorkplace({
              companyId,
              pNumber: String(pNumber++),
              name: workplaceCount > 1 ? `Afdeling ${w + 1}` : "Hovedadresse",
              address: `Benchvej ${rng.int(1, 200)}`,
              postcode: place.postcode,
              city: place.city,
              ordinaryFte,
              createdAt,
            }),
          );
          g.workplaceFte.set(workplaceIds[workplaceIds.length - 1]!, ordinaryFte);
          count(g, "workplaces");
        }
        const hrId = user(`hr.c${c}`, `HR ${c}`, "company_admin", { companyId });
        const mentorId = user(`mentor.c${c}`, `Mentor ${c}`, "mentor", { companyId });
        g.companies.push({ id: companyId, jobcentreId: id, status, hrId, mentorId, workplaceIds, activeTaskIds: [], industry });
      }
    }
  },
};
