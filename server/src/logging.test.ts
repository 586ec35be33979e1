import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildContactInput } from './contract/testing';
import { createLogger } from './logger';
import { json } from './testing/requests';
import { startTestServer, type TestServer } from './testing/test-server';

let test: TestServer;
beforeAll(async () => {
  test = await startTestServer();
});
afterAll(() => test.close());

const linesOf = (event: string) =>
  test.logLines
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((line) => line.event === event);

describe('the log', () => {
  it('when a contact is added, then one request line names who, which route, status and time, and one line the Komet call', async () => {
    const response = await test.as('sales')(
      '/api/customers/4242/contacts',
      json('POST', buildContactInput()),
    );
    expect(response.status).toBe(201);
    const requestId = response.headers.get('x-request-id');
    expect(linesOf('request').filter((line) => line.requestId === requestId)).toEqual([
      expect.objectContaining({
        level: 'info',
        user: 'sally',
        method: 'POST',
        route: '/api/customers/:customerId/contacts',
        status: 201,
        ms: expect.any(Number),
      }),
    ]);
    expect(linesOf('komet.call').at(-1)).toEqual(
      expect.objectContaining({
        method: 'customer.contact.add',
        customerId: '4242',
        user: 'sally',
        outcome: 'ok',
        ms: expect.any(Number),
      }),
    );
  });

  it('when a line carries passwords, cookies or session ids, then their values are censored', () => {
    const lines: string[] = [];
    const logger = createLogger({ secrets: [], write: (line) => lines.push(line) });
    logger.info('sign-in', {
      password: 'hunter2-password',
      sessionId: 'abc-session',
      headers: { cookie: 'kc_session=xyz' },
      body: { password: 'nested-password' },
    });
    expect(lines.join('\n')).not.toMatch(/hunter2|abc-session|kc_session|nested-password/);
    expect(JSON.parse(lines[0]!)).toMatchObject({
      password: '[redacted]',
      sessionId: '[redacted]',
    });
  });
});
