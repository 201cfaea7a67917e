import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase } from "./client.server";
import { cacheStatements } from "./statement-cache.server";

describe("cacheStatements", () => {
  let sqlite: Database.Database;
  beforeEach(() => {
    sqlite = new Database(":memory:");
    sqlite.exec("create table t (id integer primary key, name text); insert into t (name) values ('a'), ('b'), ('c')");
  });
  afterEach(() => sqlite.close());

  it("hands out the compiled statement again for the same text", () => {
    cacheStatements(sqlite);
    const first = sqlite.prepare("select name from t where id = ?");
    expect(sqlite.prepare("select name from t where id = ?")).toBe(first);
    expect(sqlite.prepare("select name from t where id = ?").get(2)).toEqual({ name: "b" });
    expect(sqlite.prepare("select id from t where id = ?")).not.toBe(first);
  });

  it("hands a statement out in the plain mode whatever the last caller set", () => {
    cacheStatements(sqlite);
    const sql = "select id, name from t order by id";
    expect(sqlite.prepare(sql).raw().all()[0]).toEqual([1, "a"]);
    expect(sqlite.prepare(sql).all()[0]).toEqual({ id: 1, name: "a" });
    expect(sqlite.prepare(sql).pluck().get()).toBe(1);
    expect(sqlite.prepare(sql).get()).toEqual({ id: 1, name: "a" });
    expect(sqlite.prepare(sql).expand().get()).toEqual({ t: { id: 1, name: "a" } });
    expect(sqlite.prepare(sql).get()).toEqual({ id: 1, name: "a" });
  });

  it("gives a new statement while the kept one is still being iterated", () => {
    cacheStatements(sqlite);
    const sql = "select id from t order by id";
    const pairs: number[][] = [];
    for (const outer of sqlite.prepare(sql).iterate() as IterableIterator<{ id: number }>) {
      for (const inner of sqlite.prepare(sql).iterate() as IterableIterator<{ id: number }>) pairs.push([outer.id, inner.id]);
    }
    expect(pairs).toHaveLength(9);
  });

  it("keeps at most its size, dropping the least recently used text", () => {
    cacheStatements(sqlite, 2);
    const a = sqlite.prepare("select 1");
    const b = sqlite.prepare("select 2");
    expect(sqlite.prepare("select 1")).toBe(a); // now the most recently used
    sqlite.prepare("select 3"); // drops "select 2"
    expect(sqlite.prepare("select 1")).toBe(a);
    expect(sqlite.prepare("select 2")).not.toBe(b);
  });

  it("answers with the new schema after a migration changed a table", () => {
    cacheStatements(sqlite);
    const sql = "select * from t where id = 1";
    expect(sqlite.prepare(sql).get()).toEqual({ id: 1, name: "a" });
    sqlite.exec("alter table t add column team text default 'Nord'");
    expect(sqlite.prepare(sql).get()).toEqual({ id: 1, name: "a", team: "Nord" });
  });

  it("keeps writes working inside and outside transactions", () => {
    cacheStatements(sqlite);
    const insert = (name: string) => sqlite.prepare("insert into t (name) values (?)").run(name);
    sqlite.transaction(() => {
      insert("d");
      insert("e");
    })();
    expect(() =>
      sqlite.transaction(() => {
        insert("f");
        throw new Error("rolled back");
      })(),
    ).toThrow("rolled back");
    insert("g");
    expect(sqlite.prepare("select name from t order by id").pluck().all()).toEqual(["a", "b", "c", "d", "e", "g"]);
  });

  it("is on for the portal's connections", () => {
    const { sqlite: portal } = openDatabase(":memory:");
    expect(portal.prepare("select 1")).toBe(portal.prepare("select 1"));
    portal.close();
  });
});
