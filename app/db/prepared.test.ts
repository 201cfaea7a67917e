import { asc, desc, eq, inArray, like, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { idsParams, KEPT_ID_LISTS, preparedForIds, preparedPerConnection, preparedPerShape } from "./prepared.server";
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

describe("preparedForIds", () => {
  let built = 0;
  const names = preparedForIds((db, ids) => {
    built++;
    return db.select({ id: jobcentres.id, name: jobcentres.name }).from(jobcentres).where(inArray(jobcentres.id, ids)).orderBy(asc(jobcentres.id)).prepare();
  });

  it("keeps a query per connection and number of ids, each answering with the rows of the ids it is given", () => {
    const { db, sqlite } = openDatabase(":memory:");
    migrateDatabase(db);
    const all = Array.from({ length: KEPT_ID_LISTS + 5 }, (_, i) => i + 1);
    db.insert(jobcentres).values(all.map((id) => ({ id, name: `Jobcenter ${id}`, municipality: "Aarhus" }))).run();
    built = 0;
    expect(names(db, 2).all(idsParams([3, 9]))).toEqual([{ id: 3, name: "Jobcenter 3" }, { id: 9, name: "Jobcenter 9" }]);
    // The same number of other ids: the same query, other rows.
    expect(names(db, 2).all(idsParams([4, 1]))).toEqual([{ id: 1, name: "Jobcenter 1" }, { id: 4, name: "Jobcenter 4" }]);
    expect(names(db, 2)).toBe(names(db, 2));
    expect(names(db, 3).all(idsParams([5, 6, 999]))).toHaveLength(2);
    expect(built).toBe(2);
    // A longer list than a page (an export) is built for its call, not kept.
    expect(names(db, all.length).all(idsParams(all))).toHaveLength(all.length);
    expect(names(db, all.length)).not.toBe(names(db, all.length));
    sqlite.close();
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
