import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json } from '../testing/requests';
import { startTestServer, type TestServer } from '../testing/test-server';

let onSimulator: TestServer;
beforeAll(async () => {
  // No token: the server runs (and controls) its own built-in simulator.
  onSimulator = await startTestServer({ env: { KOMET_API_TOKEN: '' } });
});
afterAll(() => onSimulator.close());

const switchOutage = (as: TestServer['api'], on: unknown) =>
  as('/api/simulator/outage', json('POST', { on }));
const readContacts = () => onSimulator.as('support')('/api/customers/4242/contacts');

describe('the simulated outage switch', () => {
  it('when an admin switches Komet down, then reading contacts fails as in an outage, and works again once switched back', async () => {
    expect((await switchOutage(onSimulator.api, true)).status).toBe(200);
    try {
      expect((await readContacts()).status).toBe(502);
    } finally {
      expect(await (await switchOutage(onSimulator.api, false)).json()).toEqual({ outage: false });
    }
    expect((await readContacts()).status).toBe(200);
  });

  it('when support or sales try it, then 403 and Komet stays up', async () => {
    for (const role of ['sales', 'support'] as const) {
      expect((await switchOutage(onSimulator.as(role), true)).status).toBe(403);
    }
    expect((await readContacts()).status).toBe(200);
  });

  it('when the body is not true or false, then 400 names the field', async () => {
    const response = await switchOutage(onSimulator.api, 'yes');
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toContain('on');
  });

  it('when the server talks to a real Komet, then the switch does not exist', async () => {
    const live = await startTestServer();
    try {
      expect((await switchOutage(live.api, true)).status).toBe(404);
    } finally {
      await live.close();
    }
  });
});
