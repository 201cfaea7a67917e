import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * Starts the page requests one per turn of the event loop, and skips those whose client has
 * already gone (a closed tab, a load test that stopped, a proxy that gave up).
 *
 * A page's loaders run synchronously (better-sqlite3), so a request that is started runs to the
 * end of its queries whether anybody waits or not. Under load Node reads many requests in one
 * turn and used to start them all there, before it could see that their sockets had closed: after
 * a 50-connection load stopped, the server went on computing pages for clients that had left, for
 * over a minute, with its memory at the peak (docs/performance.md, "Memory"; decision 041).
 * Starting one per turn lets Node read the closes in between; a request whose client has gone is
 * dropped (Node has already given up its socket, so no answer could be sent). A request waits
 * at least two turns of the loop (microseconds when the server is idle).
 */
export function startWhileSomeoneWaits() {
  const waiting: (() => void)[] = [];
  let skipped = 0;
  function startNext() {
    const run = waiting.shift();
    // The next turn is booked first, so a handler that throws cannot stall the queue.
    if (waiting.length > 0) setImmediate(startNext);
    run?.();
  }
  function gone(req: IncomingMessage): boolean {
    return req.destroyed || req.socket.destroyed || !req.socket.writable;
  }
  const middleware = (req: IncomingMessage, _res: ServerResponse, next: () => void) => {
    waiting.push(() => {
      if (gone(req)) skipped++;
      else next();
    });
    // The first check waits for one more poll: Node reads a request and its client's hang-up in
    // consecutive turns, so the turn that read the request cannot know yet.
    if (waiting.length === 1) setImmediate(() => setImmediate(startNext));
  };
  return Object.assign(middleware, { skipped: () => skipped });
}
