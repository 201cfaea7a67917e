import http from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { startWhileSomeoneWaits } from "./client-gone.server";

let server: http.Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A server that answers "ok <path>" behind the middleware and records which paths it started. */
async function listen() {
  const gate = startWhileSomeoneWaits();
  const started: string[] = [];
  server = http.createServer((req, res) => {
    gate(req, res, () => {
      started.push(req.url!);
      let body = "";
      req.on("data", (chunk: Buffer) => (body += chunk.toString()));
      req.on("end", () => res.end(`ok ${req.url} ${body}`));
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return { gate, started, port: (server!.address() as AddressInfo).port };
}

const request = (path: string) => `GET ${path} HTTP/1.1\r\nHost: x\r\n\r\n`;
const idle = () => new Promise((resolve) => setTimeout(resolve, 100));

describe("starting a page only while someone waits for it", () => {
  it("serves requests that are still wanted, a form's body included", async () => {
    const { port, gate } = await listen();
    const [get, post] = await Promise.all([
      fetch(`http://127.0.0.1:${port}/a`).then((r) => r.text()),
      fetch(`http://127.0.0.1:${port}/b`, { method: "POST", body: "name=Bageriet" }).then((r) => r.text()),
    ]);
    expect(get).toBe("ok /a ");
    expect(post).toBe("ok /b name=Bageriet");
    expect(gate.skipped()).toBe(0);
  });

  it("does not start a request whose client closed the connection before its turn", async () => {
    const { port, gate, started } = await listen();
    // Both requests reach the server in the same turn; the second client hangs up at once.
    const staying = net.connect(port, "127.0.0.1");
    const leaving = net.connect(port, "127.0.0.1");
    await Promise.all([staying, leaving].map((s) => new Promise((resolve) => s.once("connect", resolve))));
    const answer = new Promise<string>((resolve) => staying.once("data", (d) => resolve(d.toString())));
    staying.write(request("/staying"));
    leaving.end(request("/leaving"));
    expect(await answer).toContain("ok /staying");
    await idle();
    expect(started).toEqual(["/staying"]);
    expect(gate.skipped()).toBe(1);
    staying.destroy();
  });
});
