import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildContactInput } from '../contract/testing';
import { openStorage } from '../db/storage';
import { startKometSimulator, type KometSimulator } from '../komet/simulator/simulator';
import { spawnServer, type ServerProcess } from '../testing/server-process';
import { SENTINEL_TOKEN, TEST_PASSWORD, seededStorage } from '../testing/test-server';

let simulator: KometSimulator;
let dataDir: string;
let server: ServerProcess | undefined;

beforeAll(async () => {
  simulator = await startKometSimulator({ token: SENTINEL_TOKEN });
  dataDir = await mkdtemp(path.join(tmpdir(), 'komet-contacts-crash-'));
  // The test users (sally among them) on the file the server process will open.
  await (await seededStorage(Date.now(), { dataDir })).close();
});

afterAll(async () => {
  if (server?.child.exitCode === null) server.child.kill('SIGKILL');
  await simulator.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('an add whose server process dies while Komet holds the request', () => {
  it('when the process is killed between the Komet call and the reply, then the audit entry stays, reading unknown', async () => {
    server = spawnServer({
      KOMET_API_TOKEN: SENTINEL_TOKEN,
      KOMET_API_URL: simulator.url,
      KOMET_TIMEOUT_MS: '60000',
      DATA_DIR: dataDir,
    });
    const url = await server.url;
    const headers = { origin: url, 'content-type': 'application/json' };
    const signIn = await fetch(`${url}/api/session`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ username: 'sally', password: TEST_PASSWORD }),
    });
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers.getSetCookie()[0]!.split(';')[0]!;

    simulator.faults.next({ kind: 'hang' }, { method: 'customer.contact.add' });
    const contact = buildContactInput({ name: 'Killed Midway' });
    const adding = fetch(`${url}/api/customers/4242/contacts`, {
      method: 'POST',
      headers: { ...headers, cookie },
      body: JSON.stringify(contact),
    }).catch((error: unknown) => error);
    await expect.poll(() => simulator.calls('customer.contact.add')).toBe(1);
    server.child.kill('SIGKILL');
    expect(await adding).toBeInstanceOf(Error);

    const storage = await openStorage({ dataDir });
    const { entries } = await storage.audit.list({ customerId: '4242', limit: 10 });
    await storage.close();
    expect(entries).toEqual([
      expect.objectContaining({
        username: 'sally',
        customerId: '4242',
        customerName: 'Rosaflor Ecuador S.A.',
        action: 'add',
        fields: expect.objectContaining({ name: 'Killed Midway' }),
        outcome: 'unknown',
        completedAt: null,
      }),
    ]);
  });
});
