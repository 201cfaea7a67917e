import { describe, expect, it } from "vitest";
import { searchWith, sortHrefs } from "./data-table";

/**
 * Decision 073: a table's sort headers read the current `?…` once (`sortHrefs`) instead of once
 * per header (`searchWith`). Each header's address must be the one `searchWith` gives, in any
 * order of headers asked, over queries with and without `page`, `sort`, repeats and escapes.
 */
describe("sortHrefs", () => {
  const searches = [
    "",
    "?",
    "?page=3",
    "?sort=start",
    "?sort=start&page=2",
    "?page=2&sort=hours&q=lager",
    "?kind=praktik&hours=20&day=mon&day=tue&day=wed&day=thu&day=fri",
    "?day=mon&sort=oldest&day=tue&sort=newest&page=9",
    "?q=%C3%A6bler+og+p%C3%A6rer&postcode=1100&radius=25&sort=distance",
    "?q=a%26b%3Dc&withoutProposal=1",
    "?max_physical=1&page=&sort=",
    "?x&y=&page",
  ];
  const keys = ["distance", "start", "hours", "oldest", "newest", "start", "a b&c=d"];

  it("gives each header the address searchWith gives, one header after another", () => {
    for (const search of searches) {
      for (const order of [keys, [...keys].reverse()]) {
        const href = sortHrefs("/jobcentre/board", search);
        for (const sort of order) expect(href(sort), `${search} ${sort}`).toBe(`/jobcentre/board${searchWith(search, { sort })}`);
      }
    }
  });
});
