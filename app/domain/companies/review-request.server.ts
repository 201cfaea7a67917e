import { eq } from "drizzle-orm";
import { companies } from "~/db/schema";
import type { Ctx } from "../actor";
import { notFound } from "../errors";
import { notifyJobcentreStaff } from "../notifications/commands.server";
import { requireCompanyAdmin } from "../shared/access";
import { recordAudit } from "../shared/audit.server";
import { assertCompanyMay } from "./policy.server";

/**
 * A rejected company that has corrected its details asks the jobcentre to look again: it is
 * pending once more (so a consultant can verify or reject it), the earlier reason stays for
 * the consultant to compare with, and every consultant of the jobcentre is told.
 */
export function requestCompanyReview(ctx: Ctx, input: { note: string | null; link: (companyId: number) => string }): void {
  const companyId = requireCompanyAdmin(ctx.actor);
  ctx.db.transaction((tx) => {
    assertCompanyMay(tx, companyId, "requestReview");
    const company = tx.select().from(companies).where(eq(companies.id, companyId)).get();
    if (!company) throw notFound();
    tx.update(companies)
      .set({ status: "pending", reviewRequestedAt: ctx.now, reviewRequestNote: input.note, version: company.version + 1 })
      .where(eq(companies.id, companyId))
      .run();
    recordAudit(tx, ctx, "company.review_requested", { type: "company", id: companyId, companyId, jobcentreId: company.jobcentreId }, {
      name: company.name,
      note: input.note ?? "",
    });
    notifyJobcentreStaff(
      tx,
      company.jobcentreId,
      {
        kind: "companyReviewRequested",
        link: `/jobcentre/companies/${companyId}`,
        subjectKey: "mail.reviewRequested.subject",
        bodyKey: "mail.reviewRequested.body",
        vars: { company: company.name, cvr: company.cvr, reason: company.rejectionReason ?? "", note: input.note ?? "–", link: input.link(companyId) },
      },
      ctx.now,
    );
  });
}
