import path from "node:path";
import { test, type Page } from "@playwright/test";
import { eq } from "drizzle-orm";
import { SESSION_COOKIE } from "../../app/auth/cookie.server";
import { createSession } from "../../app/auth/session.server";
import { openDatabase, type Db } from "../../app/db/client.server";
import { users } from "../../app/db/schema";
import { E2E_DATABASE } from "./e2e-database";


let db: Db | undefined;

/**
 * Signs in without the login form: a session made by the portal's own session code in the
 * e2e database, set as the cookie the login would have set. Saves a form round trip and an
 * argon2 verification per login; the login form keeps its own tests.
 */
export async function signInWithCookie(page: Page, email: string): Promise<void> {
  db ??= openDatabase(path.resolve(E2E_DATABASE)).db;
  const user = db.select({ id: users.id }).from(users).where(eq(users.email, email)).get();
  if (!user) throw new Error(`no user ${email} in ${E2E_DATABASE}`);
  const { token, expiresAt } = createSession(db, user.id, new Date());
  const baseURL = test.info().project.use.baseURL;
  if (!baseURL) throw new Error("signInWithCookie needs a baseURL");
  await page.context().addCookies([
    { name: SESSION_COOKIE, value: token, url: baseURL, httpOnly: true, sameSite: "Lax", expires: Math.floor(expiresAt.getTime() / 1000) },
  ]);
}
