import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../auth/passwords';
import type { Role } from '../contract';
import { openStorage } from '../db/storage';

const REPO = fileURLToPath(new URL('../../..', import.meta.url));
const PASSWORD = 'a-long-enough-password-1';
const NEXT_PASSWORD = 'another-long-password-2';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'komet-contacts-users-'));
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run users -- …` as a person runs it, the password piped on standard input. */
function users(args: string[], stdin = ''): Promise<Run> {
  // Only DATA_DIR: nothing from the test's own environment (a token, say) reaches the command.
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/cli/users.ts', ...args], {
    cwd: REPO,
    env: { DATA_DIR: dataDir },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin.end(stdin);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The user as the server will find it, read from the same DATA_DIR. */
async function stored(username: string) {
  const storage = await openStorage({ dataDir });
  try {
    return await storage.users.find(username);
  } finally {
    await storage.close();
  }
}

/** A user made directly in the database, with one session, for the commands that change users. */
async function existingUser(username: string, role: Role) {
  const storage = await openStorage({ dataDir });
  try {
    const passwordHash = await hashPassword(PASSWORD);
    const user = await storage.users.create(
      { username, name: username, role, passwordHash },
      new Date().toISOString(),
    );
    await storage.sessions.create(`session-hash-of-${username}`, user.id, new Date().toISOString());
  } finally {
    await storage.close();
  }
}

describe('npm run users', { timeout: 30_000 }, () => {
  it('when an admin is added with a piped password, then it is listed and the server’s database holds it', async () => {
    const added = await users(
      ['add', 'nora', '--role', 'admin', '--name', 'Nora Núñez'],
      `${PASSWORD}\n`,
    );
    expect(added).toEqual({ code: 0, stdout: 'Added nora (admin).\n', stderr: '' });

    const listed = await users(['list']);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toBe('nora\tadmin\tactive\t\tNora Núñez\n');
    expect(listed.stdout).not.toMatch(/scrypt|\$/);
    expect(listed.stdout).not.toContain(PASSWORD);

    const user = await stored('nora');
    expect(user).toMatchObject({
      username: 'nora',
      name: 'Nora Núñez',
      role: 'admin',
      disabled: false,
    });
    expect(await verifyPassword(PASSWORD, user!.passwordHash)).toBe(true);
  });

  it('when the password is too short, then a clear message, exit code 1, and no user', async () => {
    const run = await users(['add', 'shorty', '--role', 'sales'], 'short\n');
    expect(run).toEqual({ code: 1, stdout: '', stderr: 'Password: At least 10 characters\n' });
    expect(await stored('shorty')).toBeUndefined();
  });

  it('when a password is reset, then only the new one works and the user’s sessions end', async () => {
    await existingUser('omar', 'sales');

    const run = await users(['passwd', 'omar'], `${NEXT_PASSWORD}\n`);

    expect(run).toEqual({
      code: 0,
      stdout: 'New password set for omar; their sessions were signed out.\n',
      stderr: '',
    });
    const storage = await openStorage({ dataDir });
    const user = (await storage.users.find('omar'))!;
    expect(await verifyPassword(NEXT_PASSWORD, user.passwordHash)).toBe(true);
    expect(await verifyPassword(PASSWORD, user.passwordHash)).toBe(false);
    expect(await storage.sessions.find('session-hash-of-omar')).toBeUndefined();
    await storage.close();
  });

  it('when a user is disabled, then the list says so and their sessions end; enabled, they are active again', async () => {
    await existingUser('omar', 'support');

    const disabled = await users(['disable', 'omar']);
    expect(disabled.stdout).toBe('Disabled omar and signed them out everywhere.\n');
    expect((await users(['list'])).stdout).toBe('omar\tsupport\tdisabled\t\tomar\n');
    const storage = await openStorage({ dataDir });
    expect(await storage.sessions.find('session-hash-of-omar')).toBeUndefined();
    await storage.close();

    expect(await users(['enable', 'omar'])).toEqual({
      code: 0,
      stdout: 'Enabled omar.\n',
      stderr: '',
    });
    expect(await stored('omar')).toMatchObject({ role: 'support', disabled: false });
  });

  it('when the command cannot be done, then one line saying why, and exit code 1', async () => {
    await existingUser('omar', 'sales');
    const runs = await Promise.all([
      users(['add', 'omar', '--role', 'sales'], `${PASSWORD}\n`),
      users(['add', 'pia', '--role', 'boss'], `${PASSWORD}\n`),
      users(['passwd', 'ghost'], `${PASSWORD}\n`),
    ]);
    expect(runs).toEqual([
      { code: 1, stdout: '', stderr: 'The username omar is taken.\n' },
      { code: 1, stdout: '', stderr: 'Role (--role): Choose sales, support or admin\n' },
      { code: 1, stdout: '', stderr: 'There is no user ghost.\n' },
    ]);
  });
});
