import { hash, verify } from "@node-rs/argon2";

/** argon2id (the library's default algorithm) with OWASP's recommended minimum cost: 19 MiB, 2 passes, 1 lane. */
export const PASSWORD_HASH_OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/**
 * Under Vitest only, a cheap cost: the test factories make every person through the real
 * sign-up and invitation commands, each hashing a password (decision 032). Verification
 * reads the cost from the stored hash, so this changes nothing about how passwords are
 * checked, and the server, the e2e suite and every script use the full cost.
 */
const VITEST_HASH_OPTIONS = { memoryCost: 1024, timeCost: 1, parallelism: 1 } as const;

export function passwordHashOptions(env: Record<string, string | undefined> = process.env) {
  return env.VITEST && env.NODE_ENV !== "production" ? VITEST_HASH_OPTIONS : PASSWORD_HASH_OPTIONS;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, passwordHashOptions());
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;
/**
 * Burns the same time as a real verification, so an unknown e-mail cannot be told apart
 * from a wrong password by the response time.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword("fodfaeste-dummy-password-for-timing");
  await verifyPassword(await dummyHash, password);
  return false;
}
