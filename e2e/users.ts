import { expect, request, type TestInfo } from '@playwright/test';
import { storageStateFor } from './roles';

/** A user who signs in with a typed password, made by the admin demo user through the API. */
export interface TypedUser {
  username: string;
  name: string;
  role: 'sales' | 'support' | 'admin';
  password: string;
}

/**
 * Creates `user` for a spec (call it in `beforeAll`): each spec names its own users, so none of
 * them shares a lock-out count or a session with another spec. A 409 is this same spec's user
 * from before a failed test restarted the worker (every run starts from an empty database).
 */
export async function createUser(testInfo: TestInfo, user: TypedUser): Promise<void> {
  const baseURL = testInfo.project.use.baseURL!;
  const admin = await request.newContext({
    baseURL,
    storageState: storageStateFor('admin'),
    // Changes must come from the app's own origin.
    extraHTTPHeaders: { origin: baseURL },
  });
  const response = await admin.post('/api/users', { data: user });
  expect([201, 409], `creating ${user.username}`).toContain(response.status());
  await admin.dispose();
}
