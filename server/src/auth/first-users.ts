import { randomBytes } from 'node:crypto';
import type { Role } from '../contract';
import type { Storage } from '../db/storage';
import { hashPassword } from './passwords';

/** Why the server cannot start; printed as is, one clear instruction. */
export class StartupError extends Error {
  override name = 'StartupError';
}

const DEMO_USERS: { username: string; name: string; role: Role }[] = [
  { username: 'sales', name: 'Sales demo', role: 'sales' },
  { username: 'support', name: 'Support demo', role: 'support' },
  { username: 'admin', name: 'Admin demo', role: 'admin' },
];

/**
 * On the simulator, an empty user table gets three demo users (random passwords nobody knows:
 * they sign in only through the demo button, which exists only on the simulator). Against a
 * real Komet, demo users are removed and at least one real user must exist.
 */
export async function ensureFirstUsers(
  storage: Storage,
  mode: 'simulator' | 'live',
  now: () => number,
): Promise<void> {
  if (mode === 'live') {
    await storage.users.deleteDemoUsers();
    if ((await storage.users.count({ demo: false })) > 0) return;
    throw new StartupError(
      'No users yet: with a real Komet token everyone signs in. Create the first admin, then start again:\n' +
        '  npm run users -- add <username> --role admin --name "Your Name"',
    );
  }
  const existing =
    (await storage.users.count({ demo: false })) + (await storage.users.count({ demo: true }));
  if (existing > 0) return;
  for (const user of DEMO_USERS) {
    const passwordHash = await hashPassword(randomBytes(24).toString('base64url'));
    await storage.users.create(
      { ...user, passwordHash, demo: true },
      new Date(now()).toISOString(),
    );
  }
}
