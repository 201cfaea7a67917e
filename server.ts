import { createRequestHandler } from "@remix-run/express";
import type { AppLoadContext, ServerBuild } from "@remix-run/node";
import express from "express";
import { bootstrapDatabase } from "~/bootstrap.server";
import { closeDb, getDb, schemaVersion } from "~/db/client.server";
import { ConfigError, resolveMode, resolvePublicOrigin, resolveRetentionMonths, resolveTrustProxy } from "~/http/config.server";
import { JOBS } from "~/jobs/index.server";
import { startJobScheduler } from "~/jobs/runner.server";
import { createNonce, isCrossOriginWrite, securityHeaders } from "~/http/security.server";
import { checkRequestBody } from "~/http/body-limit.server";
import { SESSION_COOKIE } from "~/auth/cookie.server";
import { kickOutbox } from "~/mail/kick.server";
import { startWhileSomeoneWaits } from "~/http/client-gone.server";
import { collectWhenQuiet, fullGc } from "~/http/idle-gc.server";
import { compressResponses } from "~/http/compression.server";
import { keepIdleConnections } from "~/http/keep-alive.server";
import { startMemoryLog } from "~/http/memory-log.server";
import { printDemoLogins } from "./scripts/demo-logins";

// Settings are checked before anything starts; a wrong one stops the portal with what to set.
const config = (() => {
  try {
    const mode = resolveMode(process.env);
    return {
      mode,
      publicOrigin: resolvePublicOrigin(process.env, mode),
      trustProxy: resolveTrustProxy(process.env),
      retentionMonths: resolveRetentionMonths(process.env),
    };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`Fodfæste starter ikke: ${error.message}`);
    process.exit(1);
  }
})();
const { mode, publicOrigin, retentionMonths } = config;
const dev = mode === "development";
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "0.0.0.0";

// Migrations run before the first request is accepted.
bootstrapDatabase(getDb());

// Scheduled jobs run inside the server unless a crontab runs `npm run jobs -- --once` instead.
const scheduler = process.env.JOBS === "off" ? undefined : startJobScheduler({ db: getDb(), jobs: JOBS });

const viteDevServer = dev
  ? await import("vite").then((vite) => vite.createServer({ server: { middlewareMode: true } }))
  : undefined;

const app = express();
app.disable("x-powered-by");
if (config.trustProxy !== undefined) app.set("trust proxy", config.trustProxy);

// After a busy period the heap is collected once, so it shrinks back from the load's peak (decision 041).
const quiet = collectWhenQuiet({ quietMs: 10_000, gc: fullGc() });

app.use((req, res, next) => {
  quiet.requestStarted();
  const nonce = createNonce();
  res.locals.nonce = nonce;
  res.set(securityHeaders(nonce, dev));
  // Browsers remember https for a year once they have been here over https.
  if (req.secure) res.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  // A signed-in page is never kept by the browser or a proxy (shared computers, back button after logout).
  if (req.get("cookie")?.includes(`${SESSION_COOKIE}=`)) {
    res.set("Cache-Control", "private, no-store");
    res.vary("Cookie");
  }
  const body = checkRequestBody({
    method: req.method,
    contentType: req.get("content-type"),
    contentLength: req.get("content-length"),
    transferEncoding: req.get("transfer-encoding"),
  });
  if (!body.ok) {
    res.status(body.status).set("Connection", "close").type("text/plain; charset=utf-8").send(body.message);
    return;
  }
  // Without an explicit PUBLIC_ORIGIN (development, demo) the page's own address is whatever
  // host the browser used; comparing Origin with it still refuses other sites.
  const ownOrigin = process.env.PUBLIC_ORIGIN ? publicOrigin : `${req.protocol}://${req.get("host")}`;
  if (
    isCrossOriginWrite({
      method: req.method,
      origin: req.get("origin"),
      secFetchSite: req.get("sec-fetch-site"),
      ownOrigin,
    })
  ) {
    res.status(403).type("text/plain; charset=utf-8").send("Forbudt: formularen blev sendt fra et andet websted.");
    return;
  }
  next();
});

// Pages fast (brotli 3 or gzip 4), the hashed assets at the library's defaults (decision 048).
app.use(compressResponses());
// Mail leaves after the transaction that wrote it has committed: once a write request has
// answered, the outbox dispatcher runs at once; the "send-outbox" job picks up retries.
app.use((req, res, next) => {
  if (req.method !== "GET" && req.method !== "HEAD") res.on("finish", () => setImmediate(kickOutbox));
  next();
});

app.get("/healthz", (_req, res) => {
  try {
    res.json({ status: "ok", schemaVersion: schemaVersion(getDb()) });
  } catch {
    res.status(503).json({ status: "unavailable" });
  }
});

if (viteDevServer) {
  app.use(viteDevServer.middlewares);
} else {
  app.use("/assets", express.static("build/client/assets", { immutable: true, maxAge: "1y" }));
  app.use(express.static("build/client", { maxAge: "1h" }));
}

const build = viteDevServer
  ? () => viteDevServer.ssrLoadModule("virtual:remix/server-build") as Promise<ServerBuild>
  : ((await import(/* @vite-ignore */ `${process.cwd()}/build/server/index.js`)) as ServerBuild);

// Pages are started one per turn, and not for a client that has already gone (decision 041).
const whileSomeoneWaits = startWhileSomeoneWaits();

app.all(
  "*",
  whileSomeoneWaits,
  createRequestHandler({
    build,
    mode: dev ? "development" : "production",
    getLoadContext: (req, res): AppLoadContext => ({
      nonce: res.locals.nonce as string,
      clientIp: req.ip ?? "unknown",
      mode,
      publicOrigin,
      retentionMonths,
      setCookies: [],
    }),
  }),
);

// A diagnostic for load tests: FODFAESTE_MEMORY_LOG=<seconds> logs where the memory is (docs/performance.md).
startMemoryLog(process.env, () => `skipped=${whileSomeoneWaits.skipped()}`);

const server = app.listen(port, host, () => {
  console.log(`Fodfæste (${mode}) lytter på http://localhost:${port} (links i e-mails: ${publicOrigin})`);
  if (mode === "demo") printDemoLogins();
});
// Idle keep-alive connections stay open 65 s, past a proxy's usual 60 (app/http/keep-alive.server.ts).
keepIdleConnections(server);

// Graceful shutdown: stop accepting, let in-flight requests finish, then close the database.
let stopping = false;
function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: lukker ned …`);
  const jobsStopped = scheduler?.stop() ?? Promise.resolve();
  server.close(() => {
    void jobsStopped.then(() => {
      closeDb();
      process.exit(0);
    });
  });
  server.closeIdleConnections();
  setTimeout(() => {
    server.closeAllConnections();
  }, 10_000).unref();
}
process.on("SIGTERM", () => shutdown("SIGTERM"));
process.on("SIGINT", () => shutdown("SIGINT"));
