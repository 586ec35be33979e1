import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLE_SENTINEL } from '../sentinel';
import { expect, test } from '../fixtures';

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
