import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ASSET_COMPRESSION, compressionOptionsFor, compressResponses, PAGE_COMPRESSION } from "./compression.server";

describe("compressResponses", () => {
  const html = `<!DOCTYPE html><html lang="da"><body>${Array.from({ length: 800 }, (_, i) => `<tr><td>Opgave ${i}</td><td>Lager og varemodtagelse</td></tr>`).join("")}</body></html>`;
  let origin = "";
  let close = () => {};
  beforeAll(async () => {
    const app = express();
    app.use(compressResponses());
    app.get("/jobcentre/candidates", (_req, res) => void res.type("html").send(html));
    app.get("/assets/root-abc.js", (_req, res) => void res.type("js").send(html));
    const server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });
  afterAll(() => close());

  const get = async (path: string, acceptEncoding: string) => {
    const response = await fetch(origin + path, { headers: { "accept-encoding": acceptEncoding } });
    return { encoding: response.headers.get("content-encoding"), vary: response.headers.get("vary"), text: await response.text() };
  };

  it("sends a page as brotli to a browser that takes it, and as gzip to one that does not", async () => {
    expect(await get("/jobcentre/candidates", "gzip, deflate, br, zstd")).toEqual({ encoding: "br", vary: "Accept-Encoding", text: html });
    expect(await get("/jobcentre/candidates", "gzip")).toEqual({ encoding: "gzip", vary: "Accept-Encoding", text: html });
    expect((await get("/jobcentre/candidates", "identity")).encoding).toBeNull();
  });

  it("compresses pages fast and the hashed assets with the library's defaults", () => {
    expect(compressionOptionsFor("/jobcentre/candidates")).toBe(PAGE_COMPRESSION);
    expect(compressionOptionsFor("/")).toBe(PAGE_COMPRESSION);
    expect(compressionOptionsFor("/assets/root-abc.js")).toBe(ASSET_COMPRESSION);
    expect(PAGE_COMPRESSION.brotli.params[zlib.constants.BROTLI_PARAM_QUALITY]).toBe(3);
    expect(PAGE_COMPRESSION.level).toBe(4);
  });

  it("gives an asset the same bytes as before, under either encoding", async () => {
    expect(await get("/assets/root-abc.js", "br")).toMatchObject({ encoding: "br", text: html });
    expect(await get("/assets/root-abc.js", "gzip")).toMatchObject({ encoding: "gzip", text: html });
  });
});
