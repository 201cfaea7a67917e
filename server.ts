import { createRequestHandler } from "@remix-run/express";
import type { AppLoadContext, ServerBuild } from "@remix-run/node";
import express from "express";
import { closeDb, getDb, schemaVersion } from "~/db/client.server";
import { MODES, type Mode } from "~/http/context";
import { JOBS } from "~/jobs/index.server";
import { startJobScheduler } from "~/jobs/runner.server";
import { createNonce, isCrossOriginWrite, securityHeaders } from "~/http/security.server";
import { printDemoLogins } from "./scripts/demo-logins";

const mode: Mode = (() => {
  const explicit = process.env.FODFAESTE_MODE;
  if (explicit && (MODES as readonly string[]).includes(explicit)) return explicit as Mode;
  return process.env.NODE_ENV === "development" ? "development" : "production";
})();
const dev = mode === "development";
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "0.0.0.0";

// Migrations run before the first request is accepted.
getDb();

// Scheduled jobs run inside the server unless a crontab runs `npm run jobs -- --once` instead.
const scheduler = process.env.JOBS === "off" ? undefined : startJobScheduler({ db: getDb(), jobs: JOBS });

const viteDevServer = dev
  ? await import("vite").then((vite) => vite.createServer({ server: { middlewareMode: true } }))
  : undefined;

const app = express();
app.disable("x-powered-by");
if (process.env.TRUST_PROXY) app.set("trust proxy", process.env.TRUST_PROXY === "true" ? true : process.env.TRUST_PROXY);

app.use((req, res, next) => {
  const nonce = createNonce();
  res.locals.nonce = nonce;
  res.set(securityHeaders(nonce, dev));
  const ownOrigin = process.env.PUBLIC_ORIGIN ?? `${req.protocol}://${req.get("host")}`;
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

app.all(
  "*",
  createRequestHandler({
    build,
    mode: dev ? "development" : "production",
    getLoadContext: (req, res): AppLoadContext => ({
      nonce: res.locals.nonce as string,
      clientIp: req.ip ?? "unknown",
      mode,
      setCookies: [],
    }),
  }),
);

const server = app.listen(port, host, () => {
  console.log(`Fodfæste (${mode}) lytter på http://localhost:${port}`);
  if (mode === "demo") printDemoLogins();
});

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
