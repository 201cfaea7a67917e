import { and, asc, eq } from "drizzle-orm";
import { getDb } from "~/db/client.server";
import { outbox } from "~/db/schema";
import { dispatchOutbox } from "~/mail/dispatch.server";

/**
 * Runs the dispatcher as the server and the job runner do, until nothing is due (one run
 * sends a batch of 50; the factories' sign-up and invitation mails wait in the outbox too),
 * then reads what was delivered to `to`.
 */
export async function mailsTo(to: string) {
  for (let round = 0; round < 100; round++) {
    const r = await dispatchOutbox(getDb(), new Date());
    if (r.delivered + r.retrying + r.failed === 0) break;
  }
  return getDb()
    .select()
    .from(outbox)
    .where(and(eq(outbox.to, to), eq(outbox.status, "dev")))
    .orderBy(asc(outbox.id))
    .all()
    .map((m) => ({ ...m, subject: m.subject ?? "", text: m.text ?? "" }));
}

export async function lastMailTo(to: string) {
  const mail = (await mailsTo(to)).at(-1);
  if (!mail) throw new Error(`no mail to ${to}`);
  return mail;
}

/** Messages written for `to` and not yet sent (or never to be, when the command rolled back). */
export function queuedFor(to: string) {
  return getDb().select().from(outbox).where(eq(outbox.to, to)).all();
}
