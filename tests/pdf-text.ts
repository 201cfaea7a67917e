import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll } from "vitest";

/**
 * A test file's reader of PDFs as a person's viewer would read them (pdftotext, with the
 * layout), through files in its own folder under tmp/ that go when the file's tests end.
 */
export function pdfTextReader(name: string): (bytes: Uint8Array) => string {
  const dir = path.resolve(`tmp/${name}-${crypto.randomUUID().slice(0, 8)}`);
  fs.mkdirSync(dir, { recursive: true });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  return (bytes) => {
    const file = path.join(dir, `${crypto.randomUUID()}.pdf`);
    fs.writeFileSync(file, bytes);
    return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  };
}
