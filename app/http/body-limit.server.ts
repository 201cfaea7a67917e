/**
 * What a request body may be before anything reads it. Every form in the portal is
 * url-encoded (no form takes files); nothing takes JSON or multipart, whose parser a broken
 * body can send into deep recursion. A body over the limit is refused with 413 before it is
 * read into memory, and one of another kind with 400, never a 500 from a parser. A form that
 * one day takes files adds its own route-specific limit and type here.
 */
export const FORM_BODY_LIMIT_BYTES = 1024 * 1024;

const FORM_TYPES = ["application/x-www-form-urlencoded"];
const BODYLESS = new Set(["GET", "HEAD", "OPTIONS"]);

export type BodyVerdict = { ok: true } | { ok: false; status: 400 | 411 | 413; message: string };

export function checkRequestBody(input: {
  method: string;
  contentType: string | undefined;
  contentLength: string | undefined;
  transferEncoding: string | undefined;
  limit?: number;
}): BodyVerdict {
  if (BODYLESS.has(input.method.toUpperCase())) return { ok: true };
  const limit = input.limit ?? FORM_BODY_LIMIT_BYTES;
  const length = input.contentLength === undefined ? undefined : Number(input.contentLength);
  if (length === undefined && input.transferEncoding) {
    // A streamed body of unknown size; browsers always say how long a form is.
    return { ok: false, status: 411, message: "Forespørgslen mangler Content-Length." };
  }
  if (length !== undefined && (!Number.isFinite(length) || length < 0)) {
    return { ok: false, status: 400, message: "Ugyldig Content-Length." };
  }
  if (length !== undefined && length > limit) {
    return { ok: false, status: 413, message: `For stor forespørgsel: en formular må højst fylde ${Math.round(limit / 1024)} kB.` };
  }
  if (!length) return { ok: true };
  const type = (input.contentType ?? "").split(";")[0]!.trim().toLowerCase();
  if (!FORM_TYPES.includes(type)) {
    return { ok: false, status: 400, message: "Forespørgslen skal være en formular." };
  }
  return { ok: true };
}

/** A form's fields, or a 400 page when the body cannot be read as a form. */
export async function readFormData(request: Request): Promise<FormData> {
  try {
    return await request.formData();
  } catch {
    throw new Response("Bad Request: formularen kunne ikke læses.", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
}
