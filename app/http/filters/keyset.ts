import { parseCursor, type KeysetRequest } from "~/domain/keyset";

/** The page asked for in the URL (?older=, ?newer=, ?oldest=1); an odd value means the newest page, never an error. */
export function keysetRequest(search: URLSearchParams): KeysetRequest {
  const older = parseCursor(search.get("older"));
  if (older) return { kind: "older", than: older };
  const newer = parseCursor(search.get("newer"));
  if (newer) return { kind: "newer", than: newer };
  if (search.get("oldest") === "1") return { kind: "oldest" };
  return { kind: "newest" };
}
