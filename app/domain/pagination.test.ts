import { describe, expect, it } from "vitest";
import { pageWindow } from "./pagination";

/** The rows a window reads from a list of `total` (0…total-1), in the list's order. */
function rowsOf(total: number, page: number, size: number): number[] {
  const w = pageWindow(total, page, size);
  const order = Array.from({ length: total }, (_, i) => i);
  if (w.reversed) order.reverse();
  const read = order.slice(w.offset, w.offset + w.limit);
  return w.reversed ? read.reverse() : read;
}

describe("a page read from the nearer end (decision 055)", () => {
  it("reads the first page forwards and the last from the end", () => {
    expect(pageWindow(100, 1, 25)).toEqual({ reversed: false, offset: 0, limit: 25 });
    expect(pageWindow(100, 4, 25)).toEqual({ reversed: true, offset: 0, limit: 25 });
    expect(pageWindow(100, 3, 25)).toEqual({ reversed: true, offset: 25, limit: 25 });
  });

  it("reads a short last page from the end with only its rows", () => {
    expect(pageWindow(101, 5, 25)).toEqual({ reversed: true, offset: 0, limit: 1 });
    expect(pageWindow(11, 4, 3)).toEqual({ reversed: true, offset: 0, limit: 2 });
    expect(rowsOf(11, 4, 3)).toEqual([9, 10]);
  });

  it("reads the middle page from whichever end is nearer, forwards on a tie", () => {
    // 5 pages: page 3 skips 50 from either end.
    expect(pageWindow(125, 3, 25)).toEqual({ reversed: false, offset: 50, limit: 25 });
    expect(pageWindow(126, 3, 25)).toEqual({ reversed: false, offset: 50, limit: 25 });
    expect(pageWindow(124, 3, 25)).toEqual({ reversed: true, offset: 49, limit: 25 });
  });

  it("reads nothing beyond the end, and nothing of an empty list", () => {
    expect(pageWindow(100, 5, 25)).toEqual({ reversed: false, offset: 100, limit: 0 });
    expect(pageWindow(0, 1, 25)).toEqual({ reversed: false, offset: 0, limit: 0 });
    expect(pageWindow(0, 7, 25).limit).toBe(0);
  });

  it("gives every page the rows of the forward read, for every total and page size", () => {
    for (let total = 0; total <= 30; total++) {
      for (const size of [1, 2, 3, 7, 25]) {
        for (let page = 1; page <= Math.ceil(total / size) + 1; page++) {
          const forward = Array.from({ length: total }, (_, i) => i).slice((page - 1) * size, page * size);
          expect(rowsOf(total, page, size), `${total} rows, ${size} a page, page ${page}`).toEqual(forward);
        }
      }
    }
  });
});
