import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ASSET_COMPRESSION, compressionOptionsFor, compressResponses, gatherHtml, PAGE_COMPRESSION, pageAcceptEncoding } from "./compression.server";

describe("compressResponses", () => {
  const html = `<!DOCTYPE html><html lang="da"><body>${Array.from({ length: 800 }, (_, i) => `<tr><td>Opgave ${i}</td><td>Lager og varemodtagelse</td></tr>`).join("")}</body></html>`;
  let origin = "";
  let close = () => {};
  beforeAll(async () => {
    const app = express();
    app.use(compressResponses());
    app.get("/jobcentre/candidates", (_req, res) => void res.type("html").send(html));
    app.get("/assets/root-abc.js", (_req, res) => void res.type("js").send(html));
    // As Remix writes a page: React's pieces one by one, flushing the compressor after each.
    app.get("/streamed", (_req, res) => {
      res.type("html");
      const flushing = res as typeof res & { flush?: () => void };
      for (let i = 0; i < html.length; i += 700) {
        res.write(html.slice(i, i + 700));
        flushing.flush?.();
      }
      res.end();
    });
    app.get("/export.csv", (_req, res) => {
      res.type("text/csv");
      res.write("a;b\n");
      (res as typeof res & { flush?: () => void }).flush?.();
      res.end("1;2\n");
    });
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

  it("sends a page as gzip to a browser that takes it, brotli only to one that takes no gzip", async () => {
    expect(await get("/jobcentre/candidates", "gzip, deflate, br, zstd")).toEqual({ encoding: "gzip", vary: "Accept-Encoding", text: html });
    expect(await get("/jobcentre/candidates", "gzip")).toEqual({ encoding: "gzip", vary: "Accept-Encoding", text: html });
    expect(await get("/jobcentre/candidates", "br")).toEqual({ encoding: "br", vary: "Accept-Encoding", text: html });
    expect(await get("/jobcentre/candidates", "br, gzip;q=0")).toEqual({ encoding: "br", vary: "Accept-Encoding", text: html });
    expect((await get("/jobcentre/candidates", "identity")).encoding).toBeNull();
  });

  it("offers the page compressor a browser's codings without brotli when it takes gzip", () => {
    expect(pageAcceptEncoding("gzip, deflate, br, zstd")).toBe("gzip, deflate, zstd");
    expect(pageAcceptEncoding("br;q=1.0, gzip;q=0.8")).toBe("gzip;q=0.8");
    expect(pageAcceptEncoding("gzip;q=0, br")).toBeUndefined();
    expect(pageAcceptEncoding("br")).toBeUndefined();
    expect(pageAcceptEncoding("gzip")).toBeUndefined();
    expect(pageAcceptEncoding(undefined)).toBeUndefined();
  });

  it("keeps the malloc settings that make a compressor's memory cheap in the start commands", () => {
    // Without a trim threshold glibc gave the heap's top back after each response and faulted it
    // in again for the next compressor: gzip of a 50 KB page 1.4 against 0.6 ms (decision 054).
    const scripts = (JSON.parse(fs.readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts;
    for (const name of ["start", "demo"]) {
      expect(scripts[name]).toContain("MALLOC_ARENA_MAX=2 MALLOC_MMAP_THRESHOLD_=131072 MALLOC_TRIM_THRESHOLD_=4194304");
    }
  });

  it("compresses pages fast and the hashed assets with the library's defaults", () => {
    expect(compressionOptionsFor("/jobcentre/candidates")).toBe(PAGE_COMPRESSION);
    expect(compressionOptionsFor("/")).toBe(PAGE_COMPRESSION);
    expect(compressionOptionsFor("/assets/root-abc.js")).toBe(ASSET_COMPRESSION);
    expect(PAGE_COMPRESSION.brotli.params[zlib.constants.BROTLI_PARAM_QUALITY]).toBe(3);
    expect(PAGE_COMPRESSION.level).toBe(4);
  });

  it("compresses a page written in flushed pieces as one whole, as small as compressing it at once", async () => {
    // The bytes as sent (fetch would decode them).
    const { encoding, sent } = await new Promise<{ encoding?: string; sent: Buffer }>((resolve, reject) =>
      http
        .get(`${origin}/streamed`, { headers: { "accept-encoding": "br" } }, (response) => {
          const parts: Buffer[] = [];
          response.on("data", (part: Buffer) => parts.push(part));
          response.on("end", () => resolve({ encoding: response.headers["content-encoding"], sent: Buffer.concat(parts) }));
        })
        .on("error", reject),
    );
    expect(encoding).toBe("br");
    expect(zlib.brotliDecompressSync(sent).toString()).toBe(html);
    // Flushed piece by piece the result was larger by a third; whole, it is within a few bytes.
    const atOnce = zlib.brotliCompressSync(Buffer.from(html), { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 3 } }).length;
    expect(sent.length).toBeLessThanOrEqual(atOnce * 1.02);
    expect(await get("/streamed", "gzip")).toMatchObject({ encoding: "gzip", text: html });
    // Anything else is still compressed as it is written (a download streams).
    expect(await get("/export.csv", "br")).toMatchObject({ encoding: "br", text: "a;b\n1;2\n" });
  });

  it("gatherHtml holds back an HTML response's pieces until its end, and lets any other through", () => {
    const fake = (type: string) => {
      const calls: string[] = [];
      const res = {
        getHeader: () => type,
        write: (chunk: string | Buffer) => (calls.push(`write ${chunk.toString()}`), true),
        end: (chunk?: string | Buffer) => (calls.push(`end ${chunk?.toString() ?? ""}`), res),
        flush: () => void calls.push("flush"),
      };
      gatherHtml(res as never);
      res.write("<p>");
      res.flush();
      res.write(Buffer.from("hej"));
      res.end("</p>");
      return calls;
    };
    expect(fake("text/html; charset=utf-8")).toEqual(["end <p>hej</p>"]);
    expect(fake("text/csv")).toEqual(["write <p>", "flush", "write hej", "end </p>"]);
  });

  it("gives an asset the same bytes as before, under either encoding", async () => {
    expect(await get("/assets/root-abc.js", "br")).toMatchObject({ encoding: "br", text: html });
    expect(await get("/assets/root-abc.js", "gzip")).toMatchObject({ encoding: "gzip", text: html });
  });
});
