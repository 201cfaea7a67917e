import { csvLoader } from "~/http/list.server";
import { companySlotsList } from "~/http/lists/slots.server";

export const loader = csvLoader(companySlotsList);
