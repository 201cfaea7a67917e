import { asc, desc, eq, like, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { preparedPerConnection, preparedPerShape } from "./prepared.server";
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

describe("preparedPerShape", () => {
  const built: string[] = [];
  const names = preparedPerShape((db, shape: { search: boolean; order: "asc" | "desc" }) => {
    built.push(JSON.stringify(shape));
    const q = db.select({ name: jobcentres.name }).from(jobcentres).$dynamic();
    return (shape.search ? q.where(like(jobcentres.name, sql.placeholder("q"))) : q).orderBy(shape.order === "asc" ? asc(jobcentres.name) : desc(jobcentres.name)).prepare();
  }, 3);

  it("keeps one query per shape and connection, answers each shape with its own SQL and each value with its rows, and drops the least recently used", () => {
    const { db, sqlite } = openDatabase(":memory:");
    migrateDatabase(db);
    db.insert(jobcentres).values([{ name: "Jobcenter Aarhus", municipality: "Aarhus" }, { name: "Jobcenter Odense", municipality: "Odense" }, { name: "Jobcenter Vejle", municipality: "Vejle" }]).run();
    const all = (search: boolean, order: "asc" | "desc", q?: string) => names(db, { search, order }).all(q ? { q } : {}).map((r) => r.name.slice(10));
    expect(all(false, "asc")).toEqual(["Aarhus", "Odense", "Vejle"]);
    expect(all(false, "desc")).toEqual(["Vejle", "Odense", "Aarhus"]);
    expect(all(true, "asc", "%e")).toEqual(["Odense", "Vejle"]);
    expect(all(true, "asc", "%Aa%")).toEqual(["Aarhus"]);
    expect(names(db, { search: false, order: "asc" })).toBe(names(db, { search: false, order: "asc" }));
    expect(built).toHaveLength(3);
    // A fourth shape drops the least recently used (descending without a search), not the others.
    all(false, "asc");
    all(true, "desc", "%dense%");
    expect(built).toHaveLength(4);
    all(false, "asc");
    all(true, "asc", "%dense%");
    expect(built).toHaveLength(4);
    expect(all(false, "desc")).toEqual(["Vejle", "Odense", "Aarhus"]);
    expect(built).toHaveLength(5);
    sqlite.close();
  });
});
