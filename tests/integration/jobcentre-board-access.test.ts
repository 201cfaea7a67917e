/**
 * The shared board (issue 9.14): accessibility as a filter, free text that reads the
 * accessibility note, and an unknown postcode said out loud instead of an empty board.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { searchBoard } from "~/domain/slots/queries.server";
import { parseBoardFilters } from "~/http/filters/board";
import { ctxFor, makeCompany, makeJobcentre, makeSlot, makeTask, makeUser } from "../factories";

let consultant: Awaited<ReturnType<typeof makeUser>>;
let described: number;
let quiet: number;
let plain: number;

beforeAll(async () => {
  const jc = await makeJobcentre();
  consultant = await makeUser("consultant", { jobcentreId: jc.id });
  const { company } = await makeCompany(jc.id, { fte: 40 });
  const hr = await makeUser("company_admin", { companyId: company.id });
  described = await makeSlot({ hr, status: "open", consultant, over: { title: "Adgang beskrevet", accessibility: "Niveaufri adgang og handicaptoilet ved kantinen" } });
  const quietTask = makeTask(hr, { adaptations: ["quiet_place", "seated"] });
  quiet = await makeSlot({ hr, status: "open", consultant, over: { title: "Adgang rolig", taskIds: [quietTask] } });
  plain = await makeSlot({ hr, status: "open", consultant, over: { title: "Adgang uden noter" } });
});

const board = (q: string) => searchBoard(ctxFor(consultant), parseBoardFilters(new URLSearchParams(q)));
const ids = (q: string) => board(q).rows.map((r) => r.id).sort((a, b) => a - b);

describe("the board's accessibility filter and search", () => {
  it("free text also finds words in the accessibility note", () => {
    expect(ids("q=handicaptoilet")).toEqual([described]);
  });

  it("keeps only slots whose accessibility is described", () => {
    expect(ids("q=Adgang&access=described")).toEqual([described]);
  });

  it("keeps only slots where every task can be adapted the chosen way", () => {
    expect(ids("q=Adgang&access=quiet_place")).toEqual([quiet]);
    expect(ids("q=Adgang&access=quiet_place&access=seated")).toEqual([quiet]);
    expect(ids("q=Adgang&access=quiet_place&access=described")).toEqual([]);
    expect(ids("q=Adgang")).toEqual([described, quiet, plain].sort((a, b) => a - b));
  });

  it("ignores an odd accessibility value instead of failing", () => {
    expect(parseBoardFilters(new URLSearchParams("access=wheelchair&access=described")).access).toEqual(["described"]);
  });

  it("says an unknown postcode is unknown and does not narrow the list to nothing", () => {
    const result = board("q=Adgang&postcode=0042&radius=15");
    expect(result.unknownPostcode).toBe(true);
    expect(result.total).toBe(3);
    const known = board("q=Adgang&postcode=2200&radius=5");
    expect(known.unknownPostcode).toBe(false);
  });
});
