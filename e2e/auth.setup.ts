import { expect, test as setup } from '@playwright/test';
import { DEMO_ROLES, storageStateFor } from './roles';

// One session per demo role for the whole run: each spec starts signed in, as staff do, without
// spending the server's sign-in allowance on every test.
for (const role of DEMO_ROLES) {
  setup(`sign in as the ${role} demo user`, async ({ page, baseURL }) => {
    const response = await page.request.post('/api/session', {
      data: { username: role, demo: true },
      headers: { origin: baseURL! },
    });
    expect(response.status(), `demo sign-in as ${role}`).toBe(200);
    await page.context().storageState({ path: storageStateFor(role) });
  });
}
