import v8 from "node:v8";

const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);

/**
 * One line of where the server's memory is: the process's resident set, V8's heap (reserved
 * and used, and the young and old generations), memory outside the heap that V8 knows of
 * (Buffers, ICU objects, better-sqlite3's handles), and the remainder, which is native memory
 * V8 does not see (malloc's free but kept pages, SQLite's page cache, zlib, the code).
 */
export function memoryLine(): string {
  const m = process.memoryUsage();
  const spaces = Object.fromEntries(v8.getHeapSpaceStatistics().map((s) => [s.space_name, s.space_size]));
  const native = m.rss - m.heapTotal - m.external;
  return (
    `memory rss=${mb(m.rss)} heapTotal=${mb(m.heapTotal)} heapUsed=${mb(m.heapUsed)} ` +
    `new=${mb(spaces.new_space ?? 0)} old=${mb(spaces.old_space ?? 0)} external=${mb(m.external)} ` +
    `arrayBuffers=${mb(m.arrayBuffers)} rest=${mb(native)} MB`
  );
}

/**
 * FODFAESTE_MEMORY_LOG=<seconds> writes memoryLine() to stderr that often: a diagnostic for a
 * load test (docs/performance.md, "Memory"), off unless set, never an endpoint.
 */
export function startMemoryLog(
  env: Record<string, string | undefined>,
  extra: () => string = () => "",
  write: (line: string) => void = console.error,
): (() => void) | undefined {
  const seconds = Number(env.FODFAESTE_MEMORY_LOG);
  if (!Number.isFinite(seconds) || seconds <= 0) return undefined;
  const timer = setInterval(() => write(`${new Date().toISOString()} ${memoryLine()} ${extra()}`.trimEnd()), seconds * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
