import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildContactInput } from '../contract/testing';
import { rawRequest } from '../testing/raw-request';
import { json, problemOf } from '../testing/requests';
import { startTestServer, TEST_PASSWORD, type TestServer } from '../testing/test-server';

let test: TestServer;
let named: TestServer;
beforeAll(async () => {
  [test, named] = await Promise.all([
    startTestServer(),
    startTestServer({ env: { ALLOWED_HOSTS: 'contacts.office.example' } }),
  ]);
});
afterAll(() => Promise.all([test.close(), named.close()]));

const CONTACTS = '/api/customers/4242/contacts';
const adds = (server: TestServer) => server.simulator.calls('customer.contact.add');

/** A write as a browser would send it, with only the headers given (fetch adds no Origin). */
async function write(headers: Record<string, string>) {
  const cookie = await test.signIn('sally');
  return fetch(new URL(CONTACTS, test.url), {
    ...json('POST', buildContactInput()),
    headers: { cookie, 'content-type': 'application/json', ...headers },
  });
}

/** A signed-in write addressed to `host`, from a page on that host. */
async function writeTo(server: TestServer, host: string) {
  const cookie = await server.signIn('sally');
  return rawRequest(server.url, {
    method: 'POST',
    path: CONTACTS,
    headers: { host, origin: `http://${host}`, cookie, 'content-type': 'application/json' },
    body: JSON.stringify(buildContactInput()),
  });
}

describe('writes from another site', () => {
  it('when a signed-in user’s browser posts from a foreign origin, then 403 cross-site and Komet receives nothing', async () => {
    const before = adds(test);
    const response = await test.as('sales')(CONTACTS, {
      ...json('POST', buildContactInput()),
      headers: { origin: 'http://evil.example', 'content-type': 'application/json' },
    });
    expect((await problemOf(response, 403)).code).toBe('cross-site');
    expect(adds(test)).toBe(before);
  });

  it('when another site asks first (CORS preflight) or reads, then nothing invites it: no CORS headers', async () => {
    const preflight = await test.anonymous(CONTACTS, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://evil.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    const read = await test.as('sales')('/api/customers?q=rosa', {
      headers: { origin: 'http://evil.example' },
    });
    for (const response of [preflight, read]) {
      const names = [...response.headers.keys()];
      expect(names.filter((name) => name.startsWith('access-control-'))).toEqual([]);
    }
  });

  it('when a write carries neither Origin nor Sec-Fetch-Site, then 403 cross-site and Komet receives nothing', async () => {
    const before = adds(test);
    expect((await problemOf(await write({}), 403)).code).toBe('cross-site');
    expect(adds(test)).toBe(before);
  });

  it('when a write says Sec-Fetch-Site: cross-site, then 403 cross-site', async () => {
    const response = await write({ 'sec-fetch-site': 'cross-site' });
    expect((await problemOf(response, 403)).code).toBe('cross-site');
  });

  it('when a write says Sec-Fetch-Site: same-origin and has no Origin, then the contact is saved', async () => {
    const before = adds(test);
    expect((await write({ 'sec-fetch-site': 'same-origin' })).status).toBe(201);
    expect(adds(test)).toBe(before + 1);
  });
});

describe('host names (DNS rebinding)', () => {
  it('when a signed-in write is addressed to a foreign host name, then 421 and Komet receives nothing', async () => {
    const before = adds(test);
    const answer = await writeTo(test, `rebind.attacker.example:${new URL(test.url).port}`);
    expect(answer.status).toBe(421);
    expect(adds(test)).toBe(before);
  });

  it('when ALLOWED_HOSTS names a host, then requests addressed to it are served, writes included', async () => {
    const before = adds(named);
    const answer = await writeTo(named, `contacts.office.example:${new URL(named.url).port}`);
    expect(answer.status).toBe(201);
    expect(adds(named)).toBe(before + 1);
  });

  it('when ALLOWED_HOSTS is set, then other foreign host names are still refused', async () => {
    const answer = await writeTo(named, `rebind.attacker.example:${new URL(named.url).port}`);
    expect(answer.status).toBe(421);
  });
});

describe('response headers', () => {
  it('when the API answers, whether served, signed out or unknown, then Cache-Control is no-store', async () => {
    const answers = await Promise.all([
      test.anonymous('/api/health'),
      test.anonymous('/api/session'),
      test.api('/api/customers?q=rosa'),
      test.api('/api/no-such-route'),
    ]);
    expect(answers.map((response) => response.status)).toEqual([200, 401, 200, 404]);
    for (const response of answers) expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('when any answer goes out, then its Content-Security-Policy allows only our own scripts and styles', async () => {
    const csp = (await test.anonymous('/api/health')).headers.get('content-security-policy');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
  });

  it('when served over plain http, then there is no HSTS and the session cookie is not Secure', async () => {
    // Without TRUST_PROXY the client's X-Forwarded-Proto is not believed.
    const response = await test.anonymous('/api/session', {
      ...json('POST', { username: 'sally', password: TEST_PASSWORD }),
      headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('strict-transport-security')).toBeNull();
    expect(response.headers.get('set-cookie')).not.toMatch(/;\s*Secure/i);
  });
});

describe('behind an HTTPS reverse proxy (TRUST_PROXY=true)', () => {
  let proxied: TestServer;
  beforeAll(async () => {
    proxied = await startTestServer({ env: { TRUST_PROXY: 'true' } });
  });
  afterAll(() => proxied.close());

  it('when the proxy says the request came over https, then HSTS is sent and the session cookie is Secure', async () => {
    const origin = proxied.url.replace(/^http:/, 'https:');
    const response = await proxied.anonymous('/api/session', {
      ...json('POST', { username: 'sally', password: TEST_PASSWORD }),
      headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https', origin },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('strict-transport-security')).toMatch(/^max-age=\d+/);
    expect(response.headers.get('set-cookie')).toMatch(/^kc_session=[^;]+;.*;\s*Secure/i);
  });
});

describe('rate limits', () => {
  let limited: TestServer;
  beforeAll(async () => {
    limited = await startTestServer({ rateLimits: { writesPerUser: 3, searchesPerUser: 3 } });
  });
  afterAll(() => limited.close());

  it('when a user writes a fourth time in the window, then 429 rate-limited with Retry-After, Komet got three adds, and others may still write', async () => {
    const before = adds(limited);
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      const response = await limited.as('sales')(CONTACTS, json('POST', buildContactInput()));
      statuses.push(response.status);
    }
    const fourth = await limited.as('sales')(CONTACTS, json('POST', buildContactInput()));
    expect(statuses).toEqual([201, 201, 201]);
    expect((await problemOf(fourth, 429)).code).toBe('rate-limited');
    expect(Number(fourth.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(adds(limited)).toBe(before + 3);
    const other = await limited.as('support')(CONTACTS, json('POST', buildContactInput()));
    expect(other.status).toBe(201);
  });

  it('when a user searches a fourth time in the window, then 429 rate-limited with Retry-After', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      statuses.push((await limited.as('sales')(`/api/customers?q=ro${i}`)).status);
    }
    const fourth = await limited.as('sales')('/api/customers?q=rosa');
    expect(statuses).toEqual([200, 200, 200]);
    expect((await problemOf(fourth, 429)).code).toBe('rate-limited');
    expect(Number(fourth.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await limited.as('support')('/api/customers?q=rosa')).status).toBe(200);
  });
});
