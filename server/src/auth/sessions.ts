import { createHash, randomBytes } from 'node:crypto';
import type { SessionUser } from '../contract';
import type { Storage } from '../db/storage';

export interface SessionPolicy {
  idleMs: number;
  maxAgeMs: number;
  now: () => number;
}

/** The signed-in user as routes see it. */
export interface AuthUser extends SessionUser {
  id: number;
}

// Writing last-seen on every request would turn each read into a write; a minute's slack is
// nothing against an idle limit counted in hours.
const TOUCH_AFTER_MS = 60_000;

const hashId = (id: string) => createHash('sha256').update(id).digest('hex');
const iso = (ms: number) => new Date(ms).toISOString();

/** Server-side sessions: the cookie holds a random 256-bit id; the database only its hash. */
export function sessionService(storage: Pick<Storage, 'sessions'>, policy: SessionPolicy) {
  return {
    async start(userId: number): Promise<string> {
      const id = randomBytes(32).toString('base64url');
      await storage.sessions.create(hashId(id), userId, iso(policy.now()));
      return id;
    },

    /** The session's user, or undefined when it is unknown, idle too long, too old or disabled. */
    async resolve(id: string): Promise<AuthUser | undefined> {
      const idHash = hashId(id);
      const session = await storage.sessions.find(idHash);
      if (!session) return undefined;
      const now = policy.now();
      const lastSeen = Date.parse(session.lastSeenAt);
      const expired =
        session.user.disabled ||
        now - lastSeen > policy.idleMs ||
        now - Date.parse(session.createdAt) > policy.maxAgeMs;
      if (expired) {
        await storage.sessions.delete(idHash);
        return undefined;
      }
      if (now - lastSeen > TOUCH_AFTER_MS) await storage.sessions.touch(idHash, iso(now));
      const { id: userId, username, name, role } = session.user;
      return { id: userId, username, name, role };
    },

    async end(id: string): Promise<void> {
      await storage.sessions.delete(hashId(id));
    },

    async endAllFor(userId: number): Promise<void> {
      await storage.sessions.deleteForUser(userId);
    },
  };
}
export type SessionService = ReturnType<typeof sessionService>;
