import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireRole } from "~/auth/guards.server";
import { agreementSummary } from "~/domain/placements/agreement.server";
import { renderAgreementPdf } from "~/pdf/agreement.server";
import type { Role } from "~/domain/users/schema";
import { localeFromRequest } from "~/i18n/locale.server";
import { translate } from "~/i18n/translate";
import { orHttpError } from "./forms.server";
import { asciiFileName } from "./list.server";
import { idParam } from "./params";

/**
 * The loader of a placement's agreement summary (a PDF to type into the national agreement
 * system): the side's guard, the placement policy (HR and jobcentre staff, not the mentor),
 * the download audited by the query. A plain GET, so the link works without JavaScript.
 */
export function agreementPdfLoader(roles: readonly Role[]) {
  return async (args: LoaderFunctionArgs): Promise<Response> => {
    const ctx = requireRole(args, roles);
    const placementId = idParam(args.params, "placementId");
    const summary = orHttpError(() => agreementSummary(ctx, placementId));
    const locale = localeFromRequest(args.request);
    const bytes = await renderAgreementPdf(summary, locale, ctx.now);
    // Named in the reader's language, like the CSV downloads.
    const fileName = asciiFileName(translate(locale, "agreement.fileName", { id: String(placementId) }));
    return new Response(new Uint8Array(bytes), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${fileName}.pdf"`,
        "Cache-Control": "private, no-store",
      },
    });
  };
}
