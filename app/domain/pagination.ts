import { z } from "zod";

export interface Page<T> {
  rows: T[];
  total: number;
  page: number;
  pageSize: number;
}

export function pageOffset(page: number, pageSize: number): number {
  return (Math.max(1, page) - 1) * pageSize;
}

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** ?page=… from a URL; anything odd means page 1. */
export const pageParam = z.coerce.number().int().min(1).max(100_000).catch(1);

/** A CSV download holds at most this many rows; narrower filters get the rest. */
export const EXPORT_MAX_ROWS = 10_000;
