import { z } from "zod";
import { COMPANY_STAFF, JOBCENTRE_STAFF } from "~/auth/guards.server";
import { companySlotColumns, reviewColumns, type CompanySlotRow, type ReviewRow } from "~/components/lists/slot-columns";
import { needsRepresentative } from "~/domain/slots/representative-need";
import { nextActionKey, statusLabelKey } from "~/domain/slots/next-action";
import { listCompanySlots, reviewQueue } from "~/domain/slots/queries.server";
import { SLOT_STATUSES, type SlotStatus } from "~/domain/slots/vocabulary";
import type { ListDefinition } from "../list.server";

export const companySlotsList: ListDefinition<CompanySlotRow, { status?: SlotStatus | "all" }> = {
  name: "company-slots",
  fileKey: "title.slots",
  roles: COMPANY_STAFF,
  load(ctx, { search, page, pageSize }) {
    // Without a status the closed and withdrawn are left out; "all" shows them too.
    const status = z.enum([...SLOT_STATUSES, "all"]).optional().catch(undefined).parse(search.get("status") || undefined);
    const result = listCompanySlots(ctx, { page, pageSize, status });
    const verified = ctx.actor.companyStatus === "verified";
    return {
      filters: { status },
      result: {
        ...result,
        rows: result.rows.map((r) => ({
          id: r.id,
          title: r.title,
          workplaceName: r.workplaceName,
          kind: r.kind,
          startDate: r.startDate,
          seats: r.seats,
          statusKey: statusLabelKey(r.status, r.repStatus),
          nextKey: nextActionKey(r.status, { repStatus: r.repStatus, needsRep: needsRepresentative(r.workplaceFte), companyVerified: verified }),
        })),
      },
    };
  },
  columns: (ctx) => companySlotColumns({ isHr: ctx.actor.role === "company_admin" }),
};

export const reviewList: ListDefinition<ReviewRow, object> = {
  name: "review-queue",
  fileKey: "title.review",
  roles: JOBCENTRE_STAFF,
  load(ctx, { page, pageSize }) {
    const result = reviewQueue(ctx, page, pageSize);
    return {
      filters: {},
      result: {
        ...result,
        rows: result.rows.map((r) => ({ id: r.id, title: r.title, companyName: r.companyName, kind: r.kind, startDate: r.startDate, submittedAt: r.submittedAt })),
      },
    };
  },
  columns: () => reviewColumns,
};
