import { z } from "zod";

/** ?page=… from a URL; anything odd means page 1. Server-side reading (zod stays out of the browser's pagination). */
export const pageParam = z.coerce.number().int().min(1).max(100_000).catch(1);
