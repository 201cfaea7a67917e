import { agreementPdfLoader } from "~/http/agreement-pdf.server";

/** HR's copy of a placement's agreement summary; a mentor is refused (the policy says why). */
export const loader = agreementPdfLoader(["company_admin"]);
