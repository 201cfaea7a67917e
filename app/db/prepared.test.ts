import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { preparedPerConnection } from "./prepared.server";
import { jobcentres } from "./schema";
import { migrateDatabase, openDatabase } from "./client.server";

describe("preparedPerConnection", () => {
  const byId = preparedPerConnection((db) => db.select({ name: jobcentres.name }).from(jobcentres).where(eq(jobcentres.id, sql.placeholder("id"))).prepare());

  it("builds a query once per connection and answers each with its own rows", () => {
    const one = openDatabase(":memory:");
    const two = openDatabase(":memory:");
    for (const [handle, name] of [[one, "Jobcenter Aarhus"], [two, "Jobcenter Odense"]] as const) {
      migrateDatabase(handle.db);
      handle.db.insert(jobcentres).values({ id: 7, name, municipality: "Aarhus" }).run();
    }
    expect(byId(one.db)).toBe(byId(one.db));
    expect(byId(two.db)).not.toBe(byId(one.db));
    expect(byId(one.db).get({ id: 7 })).toEqual({ name: "Jobcenter Aarhus" });
    expect(byId(two.db).get({ id: 7 })).toEqual({ name: "Jobcenter Odense" });
    expect(byId(one.db).get({ id: 8 })).toBeUndefined();
    // Inside a transaction of the same connection, and after the connection wrote.
    one.db.transaction((tx) => {
      tx.update(jobcentres).set({ name: "Jobcenter Aarhus Syd" }).where(eq(jobcentres.id, 7)).run();
      expect(byId(tx).get({ id: 7 })).toEqual({ name: "Jobcenter Aarhus Syd" });
    });
    expect(byId(one.db).get({ id: 7 })).toEqual({ name: "Jobcenter Aarhus Syd" });
    one.sqlite.close();
    two.sqlite.close();
  });
});
