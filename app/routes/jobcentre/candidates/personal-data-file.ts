import type { LoaderFunctionArgs } from "@remix-run/node";
import { JOBCENTRE_STAFF, requireRole } from "~/auth/guards.server";
import { personalData } from "~/domain/retention/queries.server";
import { orHttpError } from "~/http/forms.server";
import { idParam } from "~/http/params";

/** Everything held about one candidate in one file, for an access request (GDPR art. 15); audited. */
export function loader(args: LoaderFunctionArgs) {
  const ctx = requireRole(args, JOBCENTRE_STAFF);
  const candidateId = idParam(args.params, "candidateId");
  const data = orHttpError(() => personalData(ctx, candidateId));
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="kandidat-${candidateId}-persondata.json"`,
      "Cache-Control": "no-store",
    },
  });
}
