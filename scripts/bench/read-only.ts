/**
 * What the in-process benchmarks share (start-pages.ts, lists.ts): their options, and the
 * national database opened read-only with a use-case context per bench login.
 */
import path from "node:path";
import { eq } from "drizzle-orm";
import { actorFor } from "~/auth/current-user.server";
import { openDatabase } from "~/db/client.server";
import { users } from "~/db/schema";
import type { Ctx } from "~/domain/actor";

/** `--name value` options, and the first argument that is neither an option nor its value as the database file. */
export function benchArgs(argv: string[], defaultFile: string) {
  const option = (name: string) => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const file = path.resolve(argv.find((a, i) => !a.startsWith("--") && !argv[i - 1]?.startsWith("--")) ?? defaultFile);
  return { option, file };
}

/** The database, read-only (a benchmark never writes), and the context of a bench login as of `now`. */
export function openReadOnly(file: string, now = new Date()) {
  const { db, sqlite } = openDatabase(file);
  sqlite.pragma("query_only = ON");
  const ctxOf = (email: string): Ctx => {
    const user = db.query.users.findFirst({ where: eq(users.email, email) }).sync();
    if (!user) throw new Error(`${email} is not in ${file}`);
    return { db, actor: actorFor(db, user), now };
  };
  return { db, sqlite, now, ctxOf };
}
