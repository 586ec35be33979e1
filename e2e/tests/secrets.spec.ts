import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page, Response } from '@playwright/test';
import { AddContactScreen, ROSAFLOR, expect, test } from '../fixtures';
import { BUNDLE_SENTINEL, PASSWORD_SENTINEL } from '../sentinel';
import { createUser, type TypedUser } from '../users';

const DIST = fileURLToPath(new URL('../../client/dist', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

test('when the client is built with a token in the environment, then no built or served asset contains it', async ({
  addContact: screen,
  page,
}) => {
  const built = files(DIST).filter((file) => /\.(js|css|html)$/.test(file));
  expect(built.some((file) => file.endsWith('.js'))).toBe(true);
  for (const file of built) expect(readFileSync(file, 'utf8')).not.toContain(BUNDLE_SENTINEL);

  const served: string[] = [];
  page.on('response', (response) => {
    served.push(response.url());
  });
  await page.reload();
  await expect(screen.save).toBeVisible();
  for (const url of served.filter((u) => /\.(js|css)$/.test(u))) {
    expect(await (await page.request.get(url)).text()).not.toContain(BUNDLE_SENTINEL);
  }
  expect(served.some((url) => url.endsWith('.js'))).toBe(true);
});

const SECRET_KEEPER: TypedUser = {
  username: 'sergio.secrets',
  name: 'Sergio Secrets',
  role: 'support',
  password: PASSWORD_SENTINEL,
};

/** Bodies the browser was served that a script could read: scripts, styles, pages and JSON. */
const READABLE = /javascript|css|html|json/;

interface ServedBody {
  url: string;
  type: string;
  body: string;
}

/** Reads each response's body as it arrives (redirects and the like have none: left out). */
function collectBodies(page: Page) {
  const pending: Promise<ServedBody | null>[] = [];
  page.on('response', (response: Response) => {
    const type = response.headers()['content-type'] ?? '';
    if (!READABLE.test(type)) return;
    pending.push(
      response.text().then(
        (body) => ({ url: response.url(), type, body }),
        () => null,
      ),
    );
  });
  return async () => (await Promise.all(pending)).filter((item) => item !== null);
}

test.describe('a password and a session id stay secret', () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test.beforeAll(async () => {
    await createUser(test.info(), SECRET_KEEPER);
  });

  test('when a user signs in with a password and uses the app, then neither the password nor the session id is in any asset or response', async ({
    page,
  }) => {
    const served = collectBodies(page);
    await page.goto(`/customers/${ROSAFLOR.id}`);
    await page.getByLabel(/^Username/).fill(SECRET_KEEPER.username);
    await page.getByLabel(/^Password/).fill(SECRET_KEEPER.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: ROSAFLOR.name })).toBeVisible();
    await expect(page.getByRole('region', { name: 'History' })).toBeVisible();

    const screen = new AddContactScreen(page);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Add contact' })
      .click();
    await screen.pickCustomer('rosaf', ROSAFLOR.name);
    await screen.field('Name').fill('Sergio Secreto');
    await screen.field('Type').selectOption('Buyer');
    await screen.save.click();
    await expect(page.getByRole('status')).toContainText('Contact saved in Komet');

    const sessionId = (await page.context().cookies()).find(
      (cookie) => cookie.name === 'kc_session',
    )?.value;
    expect(sessionId).toMatch(/^\S{20,}$/);
    const secrets = [PASSWORD_SENTINEL, sessionId!];

    const bodies = await served();
    // What was scanned: the page, its scripts, and the API's answers, sign-in's included.
    expect(bodies.some(({ type }) => type.includes('html'))).toBe(true);
    expect(bodies.some(({ type }) => type.includes('javascript'))).toBe(true);
    expect(bodies.some(({ url }) => new URL(url).pathname === '/api/session')).toBe(true);
    expect(bodies.some(({ url }) => new URL(url).pathname.endsWith('/contacts'))).toBe(true);
    // The scan reads what was really served: the sign-in answer names the user.
    expect(bodies.some(({ body }) => body.includes(SECRET_KEEPER.name))).toBe(true);
    for (const { url, body } of bodies) {
      for (const secret of secrets) expect(body, url).not.toContain(secret);
    }

    const built = files(DIST).filter((file) => /\.(js|css|html|json)$/.test(file));
    for (const file of built) {
      const text = readFileSync(file, 'utf8');
      for (const secret of secrets) expect(text, file).not.toContain(secret);
    }
  });
});
