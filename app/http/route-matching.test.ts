import fs from "node:fs";
import { createRequire } from "node:module";
import type * as Router from "@remix-run/router";
import { describe, expect, it } from "vitest";

// The server loads the router's CommonJS build; patches/ changes it (decision 048).
const require = createRequire(import.meta.url);
const routerFile = require.resolve("@remix-run/router");
const router = require("@remix-run/router") as typeof Router;

describe("route matching on the server (patches/@remix-run+router, decision 048)", () => {
  it("runs the patched router: ranked branches and compiled paths are kept", () => {
    const source = fs.readFileSync(routerFile, "utf8");
    expect(source).toContain("rankedBranchesCache.get(routes)");
    expect(source).toContain("compiledPaths.get(key)");
  });

  const routes = [
    {
      id: "root",
      path: "/",
      children: [
        { id: "home", index: true },
        { id: "placements", path: "jobcentre/placements" },
        { id: "placement", path: "jobcentre/placements/:placementId" },
        { id: "follow-up", path: "jobcentre/placements/:placementId/follow-ups/:followUpId" },
        { id: "new", path: "company/slots/new" },
        { id: "slot", path: "company/slots/:slotId" },
        { id: "files", path: "files/*" },
        { id: "not-found", path: "*" },
      ],
    },
  ];
  const leaf = (path: string) => {
    const matches = router.matchRoutes(routes, path);
    return matches && { id: matches.at(-1)!.route.id, params: matches.at(-1)!.params };
  };

  it("matches the same way on every call with the same routes", () => {
    for (let round = 0; round < 3; round++) {
      expect(leaf("/")).toEqual({ id: "home", params: {} });
      expect(leaf("/jobcentre/placements")).toEqual({ id: "placements", params: {} });
      expect(leaf("/jobcentre/placements/12")).toEqual({ id: "placement", params: { placementId: "12" } });
      expect(leaf("/JOBCENTRE/placements/12/follow-ups/7/")).toEqual({ id: "follow-up", params: { placementId: "12", followUpId: "7" } });
      // A static segment ranks above a parameter, whichever was matched first.
      expect(leaf("/company/slots/new")).toEqual({ id: "new", params: {} });
      expect(leaf("/company/slots/9")).toEqual({ id: "slot", params: { slotId: "9" } });
      expect(leaf("/files/a/b")).toEqual({ id: "files", params: { "*": "a/b" } });
      expect(leaf("/nowhere")).toEqual({ id: "not-found", params: { "*": "nowhere" } });
    }
  });

  it("keeps a path's compiled pattern per case rule and end rule", () => {
    expect(router.matchPath({ path: "/a/:id", end: false }, "/a/1/more")?.params).toEqual({ id: "1" });
    expect(router.matchPath({ path: "/a/:id", end: true }, "/a/1/more")).toBeNull();
    expect(router.matchPath({ path: "/a/:id", caseSensitive: true }, "/A/1")).toBeNull();
    expect(router.matchPath({ path: "/a/:id", caseSensitive: false }, "/A/1")?.params).toEqual({ id: "1" });
  });
});
