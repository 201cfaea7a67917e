import { DEFAULT_RETENTION_MONTHS } from "~/domain/retention/rules";
import { MODES, type Mode } from "./context";

type Env = Record<string, string | undefined>;

/** A setting that makes the portal refuse to start; the message says what to set. */
export class ConfigError extends Error {}

/** FODFAESTE_MODE when given; otherwise development under `npm run dev` and production elsewhere. */
export function resolveMode(env: Env): Mode {
  const explicit = env.FODFAESTE_MODE;
  if (explicit && (MODES as readonly string[]).includes(explicit)) return explicit as Mode;
  if (explicit) throw new ConfigError(`FODFAESTE_MODE=${explicit} kendes ikke; brug ${MODES.join(", ")}.`);
  return env.NODE_ENV === "development" ? "development" : "production";
}

const WILDCARD_HOSTS = new Set(["0.0.0.0", "::", "[::]", ""]);

/**
 * The address every link in an e-mail starts with. It comes from configuration only, never
 * from a request's Host header (which anyone can set): PUBLIC_ORIGIN, required in production;
 * in development, demo and test the configured HOST and PORT (localhost when listening on
 * every interface).
 */
export function resolvePublicOrigin(env: Env, mode: Mode): string {
  const raw = env.PUBLIC_ORIGIN?.trim();
  if (raw) {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new ConfigError(`PUBLIC_ORIGIN=${raw} er ikke en adresse; skriv fx PUBLIC_ORIGIN=https://fodfaeste.dk`);
    }
    if ((url.protocol !== "https:" && url.protocol !== "http:") || url.pathname !== "/" || url.search || url.hash || url.username) {
      throw new ConfigError(`PUBLIC_ORIGIN=${raw} skal være http(s)://vært[:port] uden sti; skriv fx PUBLIC_ORIGIN=https://fodfaeste.dk`);
    }
    return url.origin;
  }
  if (mode === "production") {
    throw new ConfigError(
      "PUBLIC_ORIGIN mangler: i produktion skal portalens offentlige adresse være sat (fx PUBLIC_ORIGIN=https://fodfaeste.dk), " +
        "for links i e-mails bygges af den og aldrig af forespørgslens Host.",
    );
  }
  const host = (env.HOST ?? "").trim();
  const port = Number(env.PORT ?? 3000);
  const name = WILDCARD_HOSTS.has(host) ? "localhost" : host.includes(":") && !host.startsWith("[") ? `[${host}]` : host;
  return new URL(`http://${name}:${port}`).origin;
}

/**
 * TRUST_PROXY: how many reverse proxies stand in front of the portal (a hop count), or the
 * subnets they send from (e.g. `loopback` or `10.0.0.0/8`). `true` is refused: it would
 * believe any X-Forwarded-For a client sends, so anyone could choose the address that the
 * login throttle and the audit log see.
 */
export function resolveTrustProxy(env: Env): number | string[] | undefined {
  const raw = env.TRUST_PROXY?.trim();
  if (!raw) return undefined;
  if (/^\d+$/.test(raw)) {
    const hops = Number(raw);
    if (hops < 1 || hops > 10) throw new ConfigError(`TRUST_PROXY=${raw}: antallet af proxyer skal være 1-10.`);
    return hops;
  }
  const parts = raw.split(",").map((p) => p.trim()).filter(Boolean);
  const named = new Set(["loopback", "linklocal", "uniquelocal"]);
  const subnet = /^([0-9a-fA-F:.]+)(\/\d{1,3})?$/;
  if (parts.length === 0 || !parts.every((p) => named.has(p) || subnet.test(p))) {
    throw new ConfigError(
      `TRUST_PROXY=${raw} accepteres ikke: angiv antallet af proxyer foran portalen (fx 1) eller deres net (fx loopback eller 10.0.0.0/8).`,
    );
  }
  return parts;
}

/**
 * RETENTION_MONTHS: how long a candidate's personal data is kept after the consent ended or
 * the last placement ended (PRODUCT.md "Data"; default 12). A whole number from 1 to 120.
 */
export function resolveRetentionMonths(env: Env): number {
  const raw = env.RETENTION_MONTHS?.trim();
  if (!raw) return DEFAULT_RETENTION_MONTHS;
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > 120) {
    throw new ConfigError(`RETENTION_MONTHS=${raw} accepteres ikke: angiv et helt antal måneder fra 1 til 120 (standard ${DEFAULT_RETENTION_MONTHS}).`);
  }
  return Number(raw);
}
