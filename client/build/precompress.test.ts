import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync } from 'node:zlib';
import type { NormalizedOutputOptions } from 'rolldown';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIN_BYTES, precompress, precompressDir } from './precompress';

const SCRIPT = Buffer.from(`export const rows = [${'"a customer row", '.repeat(200)}];\n`);

let dir: string;
const at = (file: string) => path.join(dir, file);

function write(file: string, bytes: Buffer | string): void {
  mkdirSync(path.dirname(at(file)), { recursive: true });
  writeFileSync(at(file), bytes);
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'precompress-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('precompressing the build', () => {
  it('when brotli is written, then it is the smallest of its encoder modes (text, generic, font)', async () => {
    // Minified JS, as the build writes: on this file the font mode beats the text mode.
    const script = readFileSync(
      createRequire(import.meta.url).resolve('papaparse/papaparse.min.js'),
    );
    write('assets/app-abc.js', script);
    await precompressDir(dir);

    const sizes = [
      constants.BROTLI_MODE_TEXT,
      constants.BROTLI_MODE_GENERIC,
      constants.BROTLI_MODE_FONT,
    ].map(
      (mode) =>
        brotliCompressSync(script, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_MODE]: mode,
            [constants.BROTLI_PARAM_SIZE_HINT]: script.length,
          },
        }).length,
    );
    expect(readFileSync(at('assets/app-abc.js.br')).length).toBe(Math.min(...sizes));
    expect(brotliDecompressSync(readFileSync(at('assets/app-abc.js.br')))).toEqual(script);
  });

  it('when a text file is over 1 kB, then .br and .gz beside it decode to its bytes', async () => {
    write('assets/index-abc.js', SCRIPT);
    write('favicon.svg', `<svg>${'<path d="M0 0h1v1z"/>'.repeat(60)}</svg>`);

    expect(await precompressDir(dir)).toBe(4);

    expect(brotliDecompressSync(readFileSync(at('assets/index-abc.js.br')))).toEqual(SCRIPT);
    expect(gunzipSync(readFileSync(at('assets/index-abc.js.gz')))).toEqual(SCRIPT);
    expect(readFileSync(at('assets/index-abc.js.br')).length).toBeLessThan(SCRIPT.length);
    expect(existsSync(at('favicon.svg.br'))).toBe(true);
  });

  it('when a file is small, binary, already compressed or in .vite/, then it is left alone', async () => {
    write('index.html', '<!doctype html><title>app</title>');
    write('assets/logo.png', SCRIPT);
    write('assets/old.js.gz', SCRIPT);
    write('.vite/manifest.json', SCRIPT);

    expect(await precompressDir(dir)).toBe(0);

    for (const file of [
      'index.html',
      'assets/logo.png',
      'assets/old.js.gz',
      '.vite/manifest.json',
    ]) {
      expect(existsSync(at(`${file}.br`))).toBe(false);
      expect(existsSync(at(`${file}.gz`))).toBe(false);
    }
  });

  it('when a variant would not be smaller, then it is not written', async () => {
    write('assets/noise.js', randomBytes(MIN_BYTES * 4));

    expect(await precompressDir(dir)).toBe(0);

    expect(existsSync(at('assets/noise.js.br'))).toBe(false);
    expect(existsSync(at('assets/noise.js.gz'))).toBe(false);
  });

  it('when Vite has written the bundle, then the plugin compresses its output folder', async () => {
    write('assets/index-abc.js', SCRIPT);
    const messages: string[] = [];
    const hook = precompress().writeBundle;
    if (typeof hook !== 'function') throw new Error('writeBundle is not a plain hook');

    const context = { info: (message: string) => messages.push(message) };
    await hook.call(context as never, { dir } as NormalizedOutputOptions, {});

    expect(existsSync(at('assets/index-abc.js.br'))).toBe(true);
    expect(existsSync(at('assets/index-abc.js.gz'))).toBe(true);
    expect(messages).toEqual(['2 precompressed variants written']);
  });
});
