import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { keepIdleConnections, KEEP_ALIVE_MS } from "./keep-alive.server";

const servers: http.Server[] = [];
afterEach(() => Promise.all(servers.splice(0).map((s) => new Promise<void>((resolve) => s.close(() => resolve())))));

/** Two requests on one keep-alive connection, `gapMs` apart: whether the connection was still open for the second. */
async function sameConnectionAfter(configure: (s: http.Server) => void, gapMs: number): Promise<boolean> {
  const server = http.createServer((_req, res) => res.end("ok"));
  servers.push(server);
  configure(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const get = () =>
    new Promise<unknown>((resolve, reject) => {
      const req = http.get({ port, host: "127.0.0.1", agent }, (res) => {
        res.resume();
        res.on("end", () => resolve(req.reusedSocket));
      });
      req.on("error", reject);
    });
  await get();
  await new Promise((r) => setTimeout(r, gapMs));
  const reused = await get();
  agent.destroy();
  server.closeAllConnections();
  return reused === true;
}

describe("idle keep-alive connections", () => {
  it("stay open well past Node's 5 s, so a client's next request never races the close", async () => {
    expect(KEEP_ALIVE_MS).toBeGreaterThanOrEqual(60_000);
    // Side by side: Node's default closes the idle connection after 5 s (about 6 on Node 20; the
    // second request needs a new one), the portal's keeps it.
    const [byDefault, portal] = await Promise.all([sameConnectionAfter(() => {}, 7_000), sameConnectionAfter(keepIdleConnections, 7_000)]);
    expect(byDefault).toBe(false);
    expect(portal).toBe(true);
  }, 20_000);
});
