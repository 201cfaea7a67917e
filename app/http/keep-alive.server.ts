import type { Server } from "node:http";

/**
 * How long the server keeps an idle keep-alive connection open. Node closes it after 5 s; a
 * client that sends its next request on the connection in the instant the server closes it gets
 * a reset instead of an answer (browsers retry such a request, proxies and API clients often do
 * not: CI's e2e run met it once, a CSV fetched 5 s after a PDF). A reverse proxy in front must
 * close its idle upstream connections before the server does, and proxies commonly keep them
 * 60 s: so 65 s here, and the header timeout above it as Node's documentation asks.
 */
export const KEEP_ALIVE_MS = 65_000;

export function keepIdleConnections(server: Server): void {
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = KEEP_ALIVE_MS + 1_000;
}
