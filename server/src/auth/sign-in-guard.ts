import type { Storage } from '../db/storage';
import { ProblemError } from '../errors';

export interface LockoutPolicy {
  /** Failures in a row for one username before it is locked (issue 6: 5 → 15 minutes). */
  userFailures: number;
  /** Failures from one address: higher, since an office shares one address. */
  addressFailures: number;
  lockMs: number;
  /** Extra wait before answering the n-th failure in a row (slows guessing before the lock). */
  delayMs: (failures: number) => number;
  now: () => number;
}

export const DEFAULT_LOCKOUT: Omit<LockoutPolicy, 'now'> = {
  userFailures: 5,
  addressFailures: 20,
  lockMs: 15 * 60_000,
  delayMs: (failures) => Math.min(Math.max(failures - 2, 0), 4) * 500,
};

const locked = (untilMs: number, now: number) => {
  const minutes = Math.max(1, Math.ceil((untilMs - now) / 60_000));
  return new ProblemError(
    {
      status: 429,
      code: 'locked',
      title: 'Too many failed sign-ins',
      detail: `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}, or ask an admin to reset your password.`,
    },
    { retryAfterSeconds: Math.ceil((untilMs - now) / 1000) },
    { 'Retry-After': String(Math.ceil((untilMs - now) / 1000)) },
  );
};

/**
 * Counts failed sign-ins per username and per client address in the database, so a lock holds
 * across restarts. Unknown usernames are counted and locked like real ones: the answers never
 * tell which usernames exist.
 */
export function signInGuard(storage: Pick<Storage, 'signInFailures'>, policy: LockoutPolicy) {
  const keys = (username: string, address: string) => [
    { key: `user:${username}`, max: policy.userFailures },
    { key: `address:${address}`, max: policy.addressFailures },
  ];
  return {
    /** Throws 429 when either the username or the address is locked. */
    async check(username: string, address: string): Promise<void> {
      const now = policy.now();
      for (const { key } of keys(username, address)) {
        const until = (await storage.signInFailures.get(key))?.lockedUntil;
        if (until && Date.parse(until) > now) throw locked(Date.parse(until), now);
      }
    },

    /** Records a failure; resolves after the slow-down wait, or throws 429 when it locks. */
    async failed(username: string, address: string): Promise<void> {
      const now = policy.now();
      let lockedUntil: number | undefined;
      let failuresInRow = 0;
      for (const { key, max } of keys(username, address)) {
        const previous = await storage.signInFailures.get(key);
        // Failures older than one lock period are forgiven.
        const recent = previous && now - Date.parse(previous.lastFailedAt) < policy.lockMs;
        const failures = (recent ? previous.failures : 0) + 1;
        const lock = failures >= max ? now + policy.lockMs : undefined;
        await storage.signInFailures.set(key, {
          failures: lock ? 0 : failures,
          lockedUntil: lock ? new Date(lock).toISOString() : null,
          lastFailedAt: new Date(now).toISOString(),
        });
        if (lock) lockedUntil = Math.max(lockedUntil ?? 0, lock);
        if (key.startsWith('user:')) failuresInRow = failures;
      }
      if (lockedUntil) throw locked(lockedUntil, now);
      const wait = policy.delayMs(failuresInRow);
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    },

    async succeeded(username: string): Promise<void> {
      await storage.signInFailures.clear(`user:${username}`);
    },
  };
}
export type SignInGuard = ReturnType<typeof signInGuard>;
