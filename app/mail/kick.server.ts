import { getDb } from "~/db/client.server";
import { dispatchOutbox } from "./dispatch.server";

let running: Promise<void> | null = null;
let again = false;

/**
 * Runs the dispatcher soon, once at a time in this process; a kick while it runs makes it
 * run once more afterwards, so mail written by a request that just committed leaves promptly.
 */
export function kickOutbox(): void {
  if (running) {
    again = true;
    return;
  }
  running = (async () => {
    do {
      again = false;
      try {
        await dispatchOutbox(getDb(), new Date());
      } catch (error) {
        console.error("outbox dispatch failed", error);
      }
    } while (again);
  })().finally(() => {
    running = null;
  });
}
