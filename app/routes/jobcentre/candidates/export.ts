import type { LoaderFunctionArgs } from "@remix-run/node";
import { stringify } from "csv-stringify/sync";
import { JOBCENTRE_STAFF, requireRole } from "~/auth/guards.server";
import { parseCandidateFilters } from "~/http/filters/candidates";
import { exportCandidates } from "~/domain/candidates/queries.server";
import { localeFromRequest } from "~/i18n/locale.server";
import { translator } from "~/i18n/translate";

/**
 * The filtered candidate list as CSV (Excel-friendly: BOM, semicolons, formulas escaped).
 * The same columns as the page; the export is audited.
 * TODO(ground-infra): build from the shared DataTable columns once it lands.
 */
export function loader(args: LoaderFunctionArgs) {
  const ctx = requireRole(args, JOBCENTRE_STAFF);
  const t = translator(localeFromRequest(args.request));
  const rows = exportCandidates(ctx, parseCandidateFilters(new URL(args.request.url).searchParams));
  const body = stringify(
    rows.map((c) => [c.alias, t(`ageBand.${c.ageBand}`), t(`targetGroup.${c.targetGroup}`), c.hoursNow, c.goalHours ?? "", c.postcode, t(`consentStatus.${c.consentStatus}`), c.consentExpiresOn ?? "", c.responsible]),
    {
      bom: true,
      delimiter: ";",
      header: true,
      columns: (["field.candidateAlias", "field.ageBand", "field.targetGroup", "field.hoursNow", "field.goalHours", "field.postcode", "field.consentStatus", "candidates.consentExpires", "field.responsible"] as const).map((k) => t(k)),
      cast: { string: (value) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value), number: (value) => String(value).replace(".", ",") },
    },
  );
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="kandidater.csv"',
      "Cache-Control": "no-store",
    },
  });
}
