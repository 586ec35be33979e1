import { fileURLToPath } from 'node:url';
import { setupI18n } from '@lingui/core';
import { getCatalogs } from '@lingui/cli/api';
import { getConfig } from '@lingui/conf';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatEnglish } from '../src/i18n/runtime';

const config = getConfig({
  configPath: fileURLToPath(new URL('../lingui.config.ts', import.meta.url)),
});
type Message = { id: string; source: string; spanish: string };
let inCode: Message[];
let inCatalogs: { en: Record<string, unknown>; es: Record<string, { translation?: string }> };

beforeAll(async () => {
  const [catalog] = await getCatalogs(config);
  const extracted = (await catalog!.collect()) ?? {};
  inCatalogs = (await catalog!.readAll()) as typeof inCatalogs;
  inCode = Object.entries(extracted).map(([id, { message }]) => ({
    id,
    source: message ?? id,
    spanish: inCatalogs.es[id]?.translation ?? '',
  }));
}, 60_000);

const placeholders = (message: string) =>
  [...message.matchAll(/\{(\w+)\s*[},]/g)].map((match) => match[1]!).sort();

describe('the catalogs', () => {
  it('hold every message the code shows (run `npm run i18n:extract` after a change)', () => {
    expect(inCode.length).toBeGreaterThan(0);
    const missing = inCode.filter(({ id }) => !(id in inCatalogs.en)).map((m) => m.source);
    expect(missing).toEqual([]);
  });

  it('translate every message into Spanish, keeping its placeholders', () => {
    const untranslated = inCode.filter((m) => !m.spanish.trim()).map((m) => m.source);
    expect(untranslated).toEqual([]);
    for (const message of inCode) {
      expect(placeholders(message.spanish), message.source).toEqual(placeholders(message.source));
      expect(() => compileMessage(message.spanish), message.spanish).not.toThrow();
    }
  });

  it('format English in the app exactly as Lingui would', () => {
    const lingui = setupI18n({
      locale: 'en',
      messages: { en: Object.fromEntries(inCode.map((m) => [m.id, compileMessage(m.source)])) },
    });
    for (const count of [0, 1, 2, 1250]) {
      for (const message of inCode) {
        const values: Record<string, number> = Object.fromEntries(
          placeholders(message.source).map((n) => [n, count]),
        );
        expect(formatEnglish(message.source, values), message.source).toBe(
          lingui._(message.id, values),
        );
      }
    }
  });
});
