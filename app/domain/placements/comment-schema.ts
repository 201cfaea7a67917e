import { z } from "zod";
import { guardedText } from "../candidates/sensitive-text";

/*
 * A consultant's comment or conversation note, apart from the follow-up form's rules (decision
 * 058): the jobcentre's placement page has the note form and imports this, not the follow-up
 * form's errors it cannot show (the build's scan sends a page the messages of what it imports).
 */
export const commentInput = z.object({ text: guardedText(2000).refine((v) => v !== null && v.length >= 2, "error.followUp.comment") });
