import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildContactInput } from '../contract/testing';
import { createHttpKomet } from './http-komet';
import { KometRejectedError, KometUnavailableError } from './komet';

// A token with characters that URL- and JSON-encoding change, so each form differs from raw.
const TOKEN = 'tok/en+"x"';
let komet: Server;
let url: string;
let answer = '';

beforeAll(async () => {
  komet = createServer((_req, res) =>
    res.setHeader('content-type', 'application/json').end(answer),
  );
  await new Promise<void>((resolve) => komet.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(komet.address() as AddressInfo).port}/api`;
});
afterAll(() => new Promise<void>((resolve) => komet.close(() => resolve())));

describe('a Komet success message that echoes the token', () => {
  it.each([
    ['raw', TOKEN],
    ['URL-encoded', encodeURIComponent(TOKEN)],
    ['JSON-escaped', JSON.stringify(TOKEN).slice(1, -1)],
  ])('when the token comes back %s, then the message reads [redacted]', async (_form, shown) => {
    // `shown` is what the parsed message holds; JSON.stringify encodes it for the wire.
    answer = JSON.stringify({ status: 1, message: `Saved with ${shown}`, contactId: 7 });
    const client = createHttpKomet({ baseUrl: url, token: TOKEN, timeoutMs: 2000 });
    const saved = await client.addContact('4242', buildContactInput());
    expect(saved).toEqual({ contactId: '7', message: 'Saved with [redacted]' });
  });
});

describe('a status-0 answer saying Komet is temporarily unavailable', () => {
  const client = () => createHttpKomet({ baseUrl: url, token: TOKEN, timeoutMs: 2000 });

  it.each([
    [0, 'Service temporarily unavailable'],
    ['0', 'Service temporarily unavailable'],
    [0, ' service is temporarily unavailable. '],
    [0, 'SERVICE TEMPORARILY UNAVAILABLE!'],
  ])(
    'when Komet answers status %j with %j to an add, then it is unavailability and nothing was written',
    async (status, message) => {
      answer = JSON.stringify({ status, message });
      const error: unknown = await client()
        .addContact('4242', buildContactInput())
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(KometUnavailableError);
      expect(error).toMatchObject({ mayHaveWritten: false });
    },
  );

  it('when a refusal merely mentions the words, then it stays a refusal with its message', async () => {
    const message = 'Customer 4242 is temporarily unavailable for new contacts';
    answer = JSON.stringify({ status: 0, message });
    await expect(client().addContact('4242', buildContactInput())).rejects.toEqual(
      new KometRejectedError(message),
    );
  });
});

describe('the full customer list', () => {
  const client = () => createHttpKomet({ baseUrl: url, token: TOKEN, timeoutMs: 10_000 });
  // Komet's mixed types: 20-digit ids bare, active as "0"/1/absent, codes as numbers.
  const wireCustomers = Array.from(
    { length: 20_000 },
    (_, i) =>
      `{"id":${98765432109876540000n + BigInt(i)},"name":"Flores ${i}","code":${i},` +
      `${i % 3 === 0 ? '' : `"active":${i % 3 === 1 ? '"0"' : 1},`}"salesPerson":"Ana","salesPersonId":"7"}`,
  );
  const listAnswer = (customers: string[]) =>
    `{"status":"1","message":"Success","customers":[${customers.join(',')}]}`;

  it('when 20,000 customers come with 20-digit ids, then every id is exact and every field as before', async () => {
    answer = listAnswer(wireCustomers);
    const customers = await client().listCustomers();
    expect(customers).toHaveLength(20_000);
    expect(customers[0]).toEqual({
      id: '98765432109876540000',
      name: 'Flores 0',
      code: '0',
      active: true,
      salesPerson: 'Ana',
    });
    expect(customers[19_999]).toMatchObject({ id: '98765432109876559999', active: false });
    expect(customers[19_998]).toMatchObject({ id: '98765432109876559998', active: true });
    expect(customers[19_997]).toMatchObject({ id: '98765432109876559997', active: true });
  });

  it('when one customer in the middle lacks its name, then the list is refused as an unexpected shape', async () => {
    answer = listAnswer(
      wireCustomers.map((c, i) => (i === 10_000 ? c.replace(/"name":"[^"]*",/, '') : c)),
    );
    await expect(client().listCustomers()).rejects.toEqual(
      new KometUnavailableError('Komet answered in an unexpected shape (customer.list)'),
    );
  });

  it('when the list is cut off, then it is an answer other than JSON', async () => {
    answer = listAnswer(wireCustomers).slice(0, -100);
    await expect(client().listCustomers()).rejects.toEqual(
      new KometUnavailableError('Komet answered with something other than JSON (customer.list)'),
    );
  });

  it('when the answer has no customers, or an empty list, then the list is empty', async () => {
    answer = '{"status":1,"message":"ok"}';
    await expect(client().listCustomers()).resolves.toEqual([]);
    answer = '{"status":1,"message":"ok","customers":null}';
    await expect(client().listCustomers()).resolves.toEqual([]);
  });

  it('when customers is not a list, then it is an unexpected shape', async () => {
    answer = '{"status":1,"message":"ok","customers":{"id":1}}';
    await expect(client().listCustomers()).rejects.toThrow(
      'Komet answered in an unexpected shape (customer.list)',
    );
  });
});
