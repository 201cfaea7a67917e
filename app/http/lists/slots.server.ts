import { z } from "zod";
import { COMPANY_STAFF, JOBCENTRE_STAFF } from "~/auth/guards.server";
import { boardColumns, companySlotColumns, reviewColumns, type BoardRow, type CompanySlotRow, type ReviewRow } from "~/components/lists/slot-columns";
import { needsRepresentative } from "~/domain/slots/representative-need";
import type { BoardFilters } from "~/domain/slots/board-filters";
import { parseBoardFilters } from "~/http/filters/board";
import { nextActionKey, statusLabelKey } from "~/domain/slots/next-action";
import { listCompanySlots, reviewQueue, searchBoard } from "~/domain/slots/queries.server";
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

export const boardList: ListDefinition<BoardRow, BoardFilters & { unknownPostcode: boolean }> = {
  name: "board",
  fileKey: "title.board",
  roles: JOBCENTRE_STAFF,
  load(ctx, { search, page, pageSize }) {
    const filters = { ...parseBoardFilters(search), page };
    const { unknownPostcode, ...result } = searchBoard(ctx, filters, pageSize);
    return {
      filters: { ...filters, unknownPostcode },
      result: {
        ...result,
        rows: result.rows.map((r) => ({
          id: r.id,
          title: r.title,
          companyName: r.companyName,
          industry: r.industry,
          kind: r.kind,
          postcode: r.postcode,
          city: r.city,
          distanceKm: r.distanceKm,
          startDate: r.startDate,
          startHours: r.startHours,
          targetHours: r.targetHours,
          seats: r.seats,
          daysOpen: r.daysOpen,
        })),
      },
    };
  },
  columns: () => boardColumns,
};
