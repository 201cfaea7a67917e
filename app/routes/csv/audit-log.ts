import { csvLoader } from "~/http/list.server";
import { auditList } from "~/http/lists/audit.server";

export const loader = csvLoader(auditList);
