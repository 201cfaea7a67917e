import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll } from "vitest";

const template = path.resolve("tmp/test-template.db");
const file = path.resolve(`tmp/test-${process.pid}-${crypto.randomUUID()}.db`);
fs.copyFileSync(template, file);
process.env.DATABASE_PATH = file;

afterAll(async () => {
  const { closeDb } = await import("~/db/client.server");
  closeDb();
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
});
