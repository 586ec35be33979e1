import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/test-server';

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer();
});

afterAll(async () => {
  await t.close();
});

// fetch decodes the body itself: the headers say what went over the wire.
describe('API answers, compressed', () => {
  it('when a customer list over 1 kB is asked for with br or gzip, then it comes compressed', async () => {
    for (const coding of ['br', 'gzip']) {
      const response = await t.api('/api/customers?q=flor&limit=50', {
        headers: { 'accept-encoding': coding },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-encoding')).toBe(coding);
      expect(response.headers.get('vary')).toMatch(/accept-encoding/i);
      expect(await response.json()).toHaveProperty('customers');
    }
  });

  it('when the client accepts no encoding, then the same list goes out as it is', async () => {
    const response = await t.api('/api/customers?q=flor&limit=50', {
      headers: { 'accept-encoding': 'identity' },
    });
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(Number(response.headers.get('content-length'))).toBeGreaterThan(1024);
  });

  it('when an answer is under 1 kB, then it goes out uncompressed, even to a client taking br', async () => {
    const response = await t.api('/api/customers?q=flor&limit=1', {
      headers: { 'accept-encoding': 'br' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(Number(response.headers.get('content-length'))).toBeLessThan(1024);
  });
});
