import { z } from "zod";

const id = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** A numeric id from the URL; anything else is a 404, never a 500. */
export function idParam(params: Record<string, string | undefined>, name: string): number {
  const parsed = id.safeParse(params[name]);
  if (!parsed.success) throw new Response("Not Found", { status: 404 });
  return parsed.data;
}
