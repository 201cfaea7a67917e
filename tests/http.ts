import type { AppLoadContext } from "@remix-run/node";

type Handler = (args: { request: Request; params: Record<string, string>; context: AppLoadContext }) => unknown;

/** The configured public address in tests; deliberately not the requests' host. */
export const PUBLIC_ORIGIN = "https://fodfaeste.test";

export function testContext(overrides: Partial<AppLoadContext> = {}): AppLoadContext {
  return { nonce: "test", clientIp: "10.0.0.1", mode: "test", publicOrigin: PUBLIC_ORIGIN, retentionMonths: 12, setCookies: [], ...overrides };
}

export interface CallResult {
  status: number;
  location?: string | null;
  body?: unknown;
  headers?: Headers;
}

/**
 * Runs a loader or action as Remix would and reports the HTTP status the user would get:
 * thrown or returned Responses keep theirs, `data()` carries its init, plain data is 200.
 */
export async function call(
  handler: Handler,
  opts: { url: string; method?: string; cookie?: string; form?: Record<string, string>; params?: Record<string, string>; context?: AppLoadContext },
): Promise<CallResult> {
  const headers = new Headers();
  if (opts.cookie) headers.set("Cookie", opts.cookie);
  const init: RequestInit = { method: opts.method ?? (opts.form ? "POST" : "GET"), headers };
  if (opts.form) init.body = new URLSearchParams(opts.form);
  const request = new Request(new URL(opts.url, "http://localhost"), init);
  const toResult = (value: unknown): CallResult => {
    if (value instanceof Response) return { status: value.status, location: value.headers.get("Location"), headers: value.headers };
    if (value && typeof value === "object" && "type" in value && (value as { type: unknown }).type === "DataWithResponseInit") {
      const d = value as unknown as { data: unknown; init: ResponseInit | null };
      return { status: d.init?.status ?? 200, body: d.data };
    }
    return { status: 200, body: value };
  };
  try {
    return toResult(await handler({ request, params: opts.params ?? {}, context: opts.context ?? testContext() }));
  } catch (thrown) {
    if (thrown instanceof Response) return toResult(thrown);
    throw thrown;
  }
}
