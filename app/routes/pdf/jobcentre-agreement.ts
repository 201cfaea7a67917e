import { JOBCENTRE_STAFF } from "~/auth/guards.server";
import { agreementPdfLoader } from "~/http/agreement-pdf.server";

/** The jobcentre's copy of a placement's agreement summary (with the target group). */
export const loader = agreementPdfLoader(JOBCENTRE_STAFF);
