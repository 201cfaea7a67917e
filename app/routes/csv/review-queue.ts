import { csvLoader } from "~/http/list.server";
import { reviewList } from "~/http/lists/slots.server";

export const loader = csvLoader(reviewList);
