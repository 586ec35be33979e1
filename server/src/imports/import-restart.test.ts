import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppFleet } from '../../soak/app-fleet';
import { hashPassword } from '../auth/passwords';
import type { ImportDetail, ImportPreview, ImportStatus } from '../contract';
import { openStorage } from '../db/storage';
import type { Fault } from '../komet/simulator/faults';
import { startKometSimulator, type KometSimulator } from '../komet/simulator/simulator';

// Issue 10's proof: 1,000 rows, a tenth of Komet's answers broken, the server killed half-way.
const TOKEN = 'import-restart-token-0123456789';
const PASSWORD = 'import-restart-password';
const ROWS = 1000;
// Komet failing in every way that leaves a row unsent or unknown: the outbox must sort each out.
const FAULTS: Fault[] = [
  { kind: 'http-error', status: 502 },
  { kind: 'non-json' },
  { kind: 'unavailable-message' },
  { kind: 'commit-then-drop' },
  { kind: 'delay', ms: 200 },
];

let dataDir: string;
let simulator: KometSimulator;
let fleet: AppFleet | undefined;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'komet-contacts-import-restart-'));
  const storage = await openStorage({ dataDir });
  await storage.users.create(
    {
      username: 'importer',
      name: 'Ina Importer',
      role: 'sales',
      passwordHash: await hashPassword(PASSWORD),
    },
    new Date().toISOString(),
  );
  await storage.close();
  // In the test's own process: "Komet" outlives the app process killed under it.
  simulator = await startKometSimulator({ token: TOKEN });
});
afterAll(async () => {
  await fleet?.stop();
  await simulator.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** The app's API as a signed-in browser calls it. */
function client(base: string) {
  let cookie = '';
  const call = async (url: string, init: RequestInit = {}) =>
    fetch(new URL(url, base), {
      ...init,
      headers: {
        origin: new URL(base).origin,
        'content-type': 'application/json',
        ...(cookie ? { cookie } : {}),
      },
    });
  return {
    async signIn() {
      const response = await call('/api/session', {
        method: 'POST',
        body: JSON.stringify({ username: 'importer', password: PASSWORD }),
      });
      expect(response.status).toBe(200);
      cookie = response.headers.get('set-cookie')!.split(';')[0]!;
    },
    call,
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('an import of 1,000 rows', () => {
  it('when a tenth of Komet’s answers fail and the server is killed half-way, then every valid row is in Komet exactly once', async () => {
    fleet = await AppFleet.start(1, {
      KOMET_API_URL: simulator.url,
      KOMET_API_TOKEN: TOKEN,
      KOMET_TIMEOUT_MS: '1000',
      OUTBOX_RETRY_SECONDS: '1',
      KOMET_DAILY_CALLS: '100000',
      DATA_DIR: dataDir,
    });
    const customers = [...simulator.store.customers.values()]
      .filter((customer) => customer.active)
      .slice(0, 10);
    // 900 new people, 50 rows missing their type and 50 people Komet has already.
    const lines = ['Customer id\tName\tType\tEmail'];
    const valid: { customerId: string; email: string }[] = [];
    for (let i = 0; i < ROWS; i++) {
      const customer = customers[i % customers.length]!;
      if (i % 20 === 7) {
        lines.push(`${customer.id}\tNo Type ${i}\t\tnotype${i}@example.com`);
      } else if (i % 20 === 13) {
        const known = simulator.store.contacts.get(customer.id)?.[0];
        if (known) lines.push(`${customer.id}\t${known.name}\t${known.type}\t${known.email ?? ''}`);
        else lines.push(`${customer.id}\tNo Type ${i}\t\tnotype${i}@example.com`);
      } else {
        const email = `restart.${i}@example.com`;
        valid.push({ customerId: customer.id, email });
        lines.push(`${customer.id}\tRestart Person ${i}\tBuyer\t${email}`);
      }
    }

    let api = client(fleet.urls[0]!);
    await api.signIn();
    const previewed = await api.call('/api/imports', {
      method: 'POST',
      body: JSON.stringify({ pasted: lines.join('\n') }),
    });
    expect(previewed.status).toBe(200);
    const preview = (await previewed.json()) as ImportPreview;
    expect(preview.counts.ready).toBe(valid.length);

    simulator.faults.random({ rate: 0.1, kinds: FAULTS, seed: 10, method: 'customer.contact.add' });
    expect(
      (await api.call(`/api/imports/${preview.id}/start`, { method: 'POST', body: '{}' })).status,
    ).toBe(200);
    const status = async () =>
      (await (await api.call(`/api/imports/${preview.id}`)).json()) as ImportStatus;
    while ((await status()).counts.sent < valid.length / 2) await sleep(50);

    await fleet.restart(0, 'SIGKILL');
    api = client(fleet.urls[0]!);
    await api.signIn();
    const deadline = Date.now() + 150_000;
    while ((await status()).state !== 'done' && Date.now() < deadline) await sleep(250);
    simulator.faults.clear();

    const detail = (await (await api.call(`/api/imports/${preview.id}`)).json()) as ImportDetail;
    expect(detail.state).toBe('done');
    expect(detail.counts).toMatchObject({ sent: valid.length, refused: 0, remaining: 0 });
    const missing: string[] = [];
    const twice: string[] = [];
    for (const { customerId, email } of valid) {
      const found = (simulator.store.contacts.get(customerId) ?? []).filter(
        (contact) => contact.email === email,
      );
      if (found.length === 0) missing.push(email);
      if (found.length > 1) twice.push(email);
    }
    expect({ missing, twice }).toEqual({ missing: [], twice: [] });
  }, 200_000);
});
