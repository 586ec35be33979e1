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
