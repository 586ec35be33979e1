import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserListResponse, UserResponse } from '../contract';
import { json, problemOf } from '../testing/requests';
import {
  startTestServer,
  TEST_PASSWORD,
  TEST_USERS,
  type TestServer,
} from '../testing/test-server';

let test: TestServer;
beforeAll(async () => {
  test = await startTestServer();
});
afterAll(() => test.close());

const NEW_PASSWORD = 'correct-horse-battery-7';

const createUser = (body: Record<string, unknown>, api = test.api) =>
  api('/api/users', json('POST', body));
const changeUser = (username: string, body: Record<string, unknown>, api = test.api) =>
  api(`/api/users/${username}`, json('PATCH', body));

async function listedUsers() {
  const response = await test.api('/api/users');
  expect(response.status).toBe(200);
  return ((await response.json()) as UserListResponse).users;
}

describe('GET /api/users', () => {
  it('when an admin lists users, then each shows name, role and state, and no password or hash', async () => {
    const response = await test.api('/api/users');
    const text = await response.text();
    expect(response.status).toBe(200);
    expect((JSON.parse(text) as UserListResponse).users).toEqual([
      expect.objectContaining({ username: 'ada', name: TEST_USERS.admin.name, role: 'admin' }),
      expect.objectContaining({ username: 'sally', role: 'sales', disabled: false }),
      expect.objectContaining({ username: 'sam', role: 'support', disabled: false }),
    ]);
    expect(text).not.toMatch(/scrypt|password/i);
    expect(text).not.toContain(TEST_PASSWORD);
  });
});

describe('POST /api/users', () => {
  it('when an admin creates a user, then 201 with the user, and they can sign in with that password', async () => {
    const response = await createUser({
      username: 'nora',
      name: 'Nora Núñez',
      role: 'support',
      password: NEW_PASSWORD,
    });
    const text = await response.text();
    expect(response.status).toBe(201);
    expect((JSON.parse(text) as UserResponse).user).toMatchObject({
      username: 'nora',
      name: 'Nora Núñez',
      role: 'support',
      disabled: false,
      lastSignInAt: null,
    });
    expect(text).not.toMatch(/scrypt|password/i);
    const cookie = await test.signIn('nora', NEW_PASSWORD);
    const session = await test.anonymous('/api/session', { headers: { cookie } });
    expect(await session.json()).toEqual({
      user: { username: 'nora', name: 'Nora Núñez', role: 'support' },
    });
  });

  it('when the username is taken, then 409 username-taken on the username field, and the user is unchanged', async () => {
    const response = await createUser({ username: 'sally', role: 'admin', password: NEW_PASSWORD });
    const problem = await problemOf(response, 409);
    expect(problem.code).toBe('username-taken');
    expect(problem.fieldErrors?.username).toEqual([expect.any(String)]);
    expect((await listedUsers()).find((user) => user.username === 'sally')?.role).toBe('sales');
    await expect(test.signIn('sally', TEST_PASSWORD)).resolves.toMatch(/^kc_session=/);
  });

  it('when the password is short, then 400 on the password field, and no user is created', async () => {
    const response = await createUser({ username: 'shorty', role: 'sales', password: 'short' });
    const problem = await problemOf(response, 400);
    expect(problem.fieldErrors?.password).toEqual(['At least 10 characters']);
    expect((await listedUsers()).map((user) => user.username)).not.toContain('shorty');
  });
});

describe('PATCH /api/users/:username', () => {
  it('when an admin changes a role, then the user’s next request has it, without signing in again', async () => {
    await createUser({ username: 'rolf', role: 'sales', password: NEW_PASSWORD });
    const cookie = await test.signIn('rolf', NEW_PASSWORD);

    const response = await changeUser('rolf', { role: 'support' });

    expect(response.status).toBe(200);
    expect(((await response.json()) as UserResponse).user.role).toBe('support');
    const session = await test.anonymous('/api/session', { headers: { cookie } });
    expect(await session.json()).toMatchObject({ user: { username: 'rolf', role: 'support' } });
  });

  it('when the last enabled admin would be demoted or disabled, then 409 last-admin and nothing changes', async () => {
    for (const change of [{ role: 'support' }, { disabled: true }]) {
      expect((await problemOf(await changeUser('ada', change), 409)).code).toBe('last-admin');
    }
    expect((await listedUsers()).find((user) => user.username === 'ada')).toMatchObject({
      role: 'admin',
      disabled: false,
    });
    expect((await test.api('/api/users')).status).toBe(200);
  });

  it('when there is another enabled admin, then one of the two may be disabled, but not the last', async () => {
    await createUser({ username: 'otto', role: 'admin', password: NEW_PASSWORD });
    expect((await changeUser('otto', { disabled: true })).status).toBe(200);
    const problem = await problemOf(await changeUser('ada', { disabled: true }), 409);
    expect(problem.code).toBe('last-admin');
  });

  it('when the user does not exist, then 404', async () => {
    expect((await changeUser('ghost', { role: 'sales' })).status).toBe(404);
  });
});

describe('users, for sales and support', () => {
  it.each(['sales', 'support'] as const)(
    'when %s lists, creates or changes users, then 403 each time and nothing changes',
    async (role) => {
      const api = test.as(role);
      const answers = [
        await api('/api/users'),
        await createUser({ username: `by-${role}`, role: 'admin', password: NEW_PASSWORD }, api),
        await changeUser('sally', { role: 'admin' }, api),
      ];
      for (const response of answers) {
        expect((await problemOf(response, 403)).code).toBe('forbidden');
      }
      const users = await listedUsers();
      expect(users.map((user) => user.username)).not.toContain(`by-${role}`);
      expect(users.find((user) => user.username === 'sally')?.role).toBe('sales');
    },
  );
});
