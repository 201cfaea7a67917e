/**
 * Measures what formatting costs per call and what it does to the process's memory: the
 * formatters of app/i18n/translate.ts, called as a list page calls them.
 * Run: npx tsx scripts/bench/intl.ts [calls]
 */
import { performance } from "node:perf_hooks";
import { formatDate, formatDateTime, formatNumber, translate } from "~/i18n/translate";

const calls = Number(process.argv[2] ?? 200_000);
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const before = process.memoryUsage();
const start = performance.now();
let chars = 0;
for (let i = 0; i < calls; i++) {
  const locale = i % 2 ? "da" : "en";
  chars += formatDate(locale, 1_700_000_000_000 + i * 60_000).length;
  chars += formatDateTime(locale, 1_700_000_000_000 + i * 60_000).length;
  chars += formatNumber(locale, i / 7).length;
  chars += translate(locale, "companies.count", { count: i }).length;
}
const ms = performance.now() - start;
gc?.();
const after = process.memoryUsage();
console.log(
  `${calls} × (date, date-time, number, plural): ${((ms * 1000) / calls / 4).toFixed(2)} µs per call; ` +
    `RSS ${mb(before.rss)} → ${mb(after.rss)}, heap ${mb(before.heapUsed)} → ${mb(after.heapUsed)}, external ${mb(before.external)} → ${mb(after.external)} (${chars} chars)`,
);
