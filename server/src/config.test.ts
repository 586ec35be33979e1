import { describe, expect, it } from 'vitest';
import { parseConfig } from './config';

function configError(env: Record<string, string>): string {
  try {
    parseConfig(env);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the configuration was accepted');
}

describe('parseConfig', () => {
  it('when nothing is set, then the defaults point at Komet with the simulator and the stock contact types', () => {
    const config = parseConfig({});
    expect(config.KOMET_API_TOKEN).toBeUndefined();
    expect(config).toMatchObject({
      KOMET_API_URL: 'https://api.kometsales.com/api',
      PORT: 3000,
      HOST: '127.0.0.1',
      CONTACT_TYPES: ['A/P', 'Buyer'],
      KOMET_TIMEOUT_MS: 15_000,
    });
  });

  it.each(['', '   '])('when KOMET_API_TOKEN is %j, then there is no token', (token) => {
    expect(parseConfig({ KOMET_API_TOKEN: token }).KOMET_API_TOKEN).toBeUndefined();
  });

  it('when a token is set, then it is kept without surrounding spaces', () => {
    expect(parseConfig({ KOMET_API_TOKEN: ' abc123 ' }).KOMET_API_TOKEN).toBe('abc123');
  });

  it('when values are given as text, then they are read as the right types', () => {
    const config = parseConfig({
      PORT: '8080',
      CONTACT_TYPES: ' A/P , Buyer,, Shipping ',
      KOMET_TIMEOUT_MS: '500',
    });
    expect(config).toMatchObject({
      PORT: 8080,
      CONTACT_TYPES: ['A/P', 'Buyer', 'Shipping'],
      KOMET_TIMEOUT_MS: 500,
    });
  });

  it('when the configuration is parsed, then it cannot be changed afterwards', () => {
    expect(Object.isFrozen(parseConfig({}))).toBe(true);
  });

  it('when several values are bad, then one error lists every one of them', () => {
    const message = configError({
      KOMET_API_URL: 'ftp://files.example.com',
      PORT: 'eighty',
      CONTACT_TYPES: ' , ',
      KOMET_TIMEOUT_MS: '5',
      LOG_LEVEL: 'loud',
    });
    for (const key of ['KOMET_API_URL', 'PORT', 'CONTACT_TYPES', 'KOMET_TIMEOUT_MS', 'LOG_LEVEL']) {
      expect(message).toContain(`${key}:`);
    }
  });

  it('when the token is too long, then the error says so without showing the token', () => {
    const token = `SENTINEL-${'7f3a9c'.repeat(8)}-end`;
    expect(token).toHaveLength(61);
    const message = configError({ KOMET_API_TOKEN: token, PORT: '99999' });
    expect(message).toContain('KOMET_API_TOKEN: must be at most 50 characters');
    expect(message).toContain('PORT:');
    expect(message).not.toContain('SENTINEL');
    expect(message).not.toContain('7f3a9c');
  });

  it('when KOMET_API_URL is plain http to another machine, then it is refused, the token never leaving unencrypted', () => {
    expect(() => parseConfig({ KOMET_API_URL: 'http://api.kometsales.com/api' })).toThrow(
      /KOMET_API_URL: must use https/,
    );
    expect(parseConfig({ KOMET_API_URL: 'http://127.0.0.1:4010/api' }).KOMET_API_URL).toBe(
      'http://127.0.0.1:4010/api',
    );
  });

  it.each(['http://localhost:1@api.kometsales.com/api', 'http://localhost.evil.example/api'])(
    'when KOMET_API_URL %s only looks like loopback, then it is judged by its real host and refused',
    (url) => {
      expect(() => parseConfig({ KOMET_API_URL: url })).toThrow(/KOMET_API_URL: must use https/);
    },
  );
});
