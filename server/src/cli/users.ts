import { parseArgs } from 'node:util';
import type * as z from 'zod/mini';
import { displayNameSchema, passwordSchema, roleSchema, usernameSchema } from '../contract';
import { userAdmin } from '../auth/user-admin';
import { loadStorageConfig, storageLocation } from '../config';
import { openStorage } from '../db/storage';
import { readPassword } from './read-password';

const USAGE = `Manage the people who may sign in (same DATA_DIR as the server).

  npm run users -- add <username> --role <sales|support|admin> [--name "Display Name"]
  npm run users -- passwd <username>
  npm run users -- disable <username>
  npm run users -- enable <username>
  npm run users -- list

The password is read from standard input (one line) when it is not a terminal, else asked twice.`;

class UsageError extends Error {}

function check<S extends z.ZodMiniType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new UsageError(`${what}: ${result.error.issues[0]?.message ?? 'not valid'}`);
}

async function newPassword(): Promise<string> {
  return check(passwordSchema, await readPassword(), 'Password');
}

async function main(argv: string[]): Promise<string> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { role: { type: 'string' }, name: { type: 'string' }, help: { type: 'boolean' } },
  });
  const [command, rawUsername] = positionals;
  if (values.help || !command) return USAGE;
  const storage = await openStorage(storageLocation(loadStorageConfig()));
  try {
    const admin = userAdmin(storage, Date.now);
    if (command === 'list') {
      const users = await storage.users.list();
      return (
        users
          .map((u) =>
            [
              u.username,
              u.role,
              u.disabled ? 'disabled' : 'active',
              u.demo ? 'demo' : '',
              u.name,
            ].join('\t'),
          )
          .join('\n') || 'No users yet.'
      );
    }
    if (!['add', 'passwd', 'disable', 'enable'].includes(command)) {
      throw new UsageError(`Unknown command ${command}.\n\n${USAGE}`);
    }
    const username = check(usernameSchema, rawUsername ?? '', 'Username');
    if (command === 'add') {
      const role = check(roleSchema, values.role, 'Role (--role)');
      const name =
        values.name === undefined
          ? undefined
          : check(displayNameSchema, values.name, 'Name (--name)');
      await admin.create({ username, role, name, password: await newPassword() });
      return `Added ${username} (${role}).`;
    }
    if (command === 'passwd') {
      await admin.change(username, { password: await newPassword() });
      return `New password set for ${username}; their sessions were signed out.`;
    }
    await admin.change(username, { disabled: command === 'disable' });
    return command === 'disable'
      ? `Disabled ${username} and signed them out everywhere.`
      : `Enabled ${username}.`;
  } finally {
    await storage.close();
  }
}

try {
  console.log(await main(process.argv.slice(2)));
} catch (error) {
  // Every failure here is one a person can act on: one line, no stack trace.
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
