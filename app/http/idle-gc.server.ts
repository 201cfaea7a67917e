import v8 from "node:v8";
import { runInNewContext } from "node:vm";

/**
 * A full garbage collection when the server has been quiet for `quietMs` after serving, and a
 * second one a second later.
 *
 * V8 grows its heap to the peak of a load (50 pages rendering at once: 200–300 MB) and gives the
 * pages back only after a full collection; an idle server allocates nothing, so none comes, and
 * the heap stayed at its peak while live data was about 50 MB (heap snapshots, docs/performance.md).
 * One collection after each busy period (a few tens of ms, at most once per quiet period) returns it.
 * The second frees the native memory of objects the first found dead (a response's gzip stream
 * keeps about 300 KB outside the heap until its finaliser has run: 30–40 MB after a load).
 */
export function collectWhenQuiet(options: { quietMs: number; gc: () => void }) {
  let timer: NodeJS.Timeout | undefined;
  const collect = () => {
    options.gc();
    setTimeout(options.gc, 1_000).unref();
  };
  // refresh() re-arms the one timer from now: cheap enough for every request, and a timer that
  // has fired is armed again by the next request. Unref'd: it never keeps the process alive.
  return {
    requestStarted() {
      if (timer) timer.refresh();
      else timer = setTimeout(collect, options.quietMs).unref();
    },
  };
}

/** V8's own full collection, which Node hides unless started with --expose-gc. */
export function fullGc(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  v8.setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as () => void;
}
