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

// The route manifest a page inlines for lazy route discovery; patches/@remix-run+react (decision 054).
const fogOfWar = require("@remix-run/react/dist/fog-of-war.js") as {
  getPartialManifest: (manifest: unknown, router: unknown) => { routes: Record<string, unknown>; version: string };
};

describe("the page's partial route manifest (patches/@remix-run+react, decision 054)", () => {
  const dataRoutes = router.UNSAFE_convertRoutesToDataRoutes(
    [
      {
        id: "root",
        path: "/",
        children: [
          { id: "home", index: true },
          { id: "jobcentre", path: "jobcentre", children: [{ id: "jobcentre-start", index: true }] },
          { id: "placement", path: "jobcentre/placements/:placementId" },
          { id: "follow-up", path: "jobcentre/placements/:placementId/follow-ups/:followUpId" },
          { id: "slot", path: "company/slots/:slotId" },
        ],
      },
    ],
    () => ({ hasErrorBoundary: false }),
  );
  const manifest = {
    version: "abc",
    routes: Object.fromEntries(["root", "home", "jobcentre", "jobcentre-start", "placement", "follow-up", "slot", "unused"].map((id) => [id, { id, module: `/assets/${id}.js` }])),
  };
  const routerAt = (pathname: string) => ({ routes: dataRoutes, basename: "/", state: { location: { pathname }, matches: router.matchRoutes(dataRoutes, pathname) ?? [] } });
  const ids = (pathname: string) => Object.keys(fogOfWar.getPartialManifest(manifest, routerAt(pathname)).routes).sort();

  it("holds the page's routes and the routes of its parent paths, the same on every request", () => {
    for (let round = 0; round < 3; round++) {
      expect(ids("/jobcentre/placements/12/follow-ups/7")).toEqual(["follow-up", "home", "jobcentre", "jobcentre-start", "placement", "root"]);
      expect(ids("/company/slots/9")).toEqual(["home", "root", "slot"]);
      expect(ids("/")).toEqual(["home", "root"]);
    }
    expect(fogOfWar.getPartialManifest(manifest, routerAt("/company/slots/9")).version).toBe("abc");
  });

  it("is kept per build and address", () => {
    expect(fogOfWar.getPartialManifest(manifest, routerAt("/company/slots/9"))).toBe(fogOfWar.getPartialManifest(manifest, routerAt("/company/slots/9")));
    expect(fogOfWar.getPartialManifest(manifest, routerAt("/company/slots/9"))).not.toBe(fogOfWar.getPartialManifest(manifest, routerAt("/company/slots/10")));
    const nextBuild = { ...manifest, version: "def" };
    expect(fogOfWar.getPartialManifest(nextBuild, routerAt("/company/slots/9")).version).toBe("def");
  });
});

// The routes a document is rendered with; patches/react-router-dom and @remix-run/react (decision 054).
const staticServer = require("react-router-dom/server") as {
  createStaticRouter: (routes: unknown[], context: { matches: unknown[]; basename?: string }) => { routes: unknown[] };
};

describe("the routes a page is rendered with (patches/react-router-dom, patches/@remix-run+react, decision 054)", () => {
  it("are converted once per routes array, so their ranking is kept too", () => {
    const routes = [{ id: "root", path: "/", children: [{ id: "home", index: true }, { id: "slot", path: "company/slots/:slotId" }] }];
    const context = { matches: [], basename: "/" };
    const first = staticServer.createStaticRouter(routes, context).routes;
    expect(staticServer.createStaticRouter(routes, context).routes).toBe(first);
    expect(staticServer.createStaticRouter([...routes], context).routes).not.toBe(first);
    expect(router.matchRoutes(first as never, "/company/slots/9")?.at(-1)?.route.id).toBe("slot");
  });

  it("are made once per build by the Remix server (its route modules unchanged)", () => {
    const source = fs.readFileSync(require.resolve("@remix-run/react/dist/server.js"), "utf8");
    expect(source).toContain("keptServerRoutes(manifest, routeModules, context.future, context.isSpaMode)");
  });
});
