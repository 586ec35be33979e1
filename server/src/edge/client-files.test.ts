import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemOf } from '../testing/requests';
import { serveClient } from './client-files';

const SCRIPT = Buffer.from(`export const rows = [${'"a customer row", '.repeat(200)}];\n`);
const PAGE = Buffer.from(`<!doctype html><title>app</title>${'<p>first screen</p>'.repeat(80)}`);
const IMMUTABLE = 'public, max-age=31536000, immutable';
const SHELL = {
  en: Buffer.from(`<!doctype html><html lang="en">${'<label>Customer</label>'.repeat(40)}`),
  es: Buffer.from(`<!doctype html><html lang="es-419">${'<label>Cliente</label>'.repeat(40)}`),
};
const SIGNED_IN = 'kc_session=a-session-id';

let dir: string;
let close: () => void;
let url: string;

/** Writes a file and the variants the build would write beside it. */
function writeBuilt(file: string, bytes: Buffer, variants: ('br' | 'gz')[] = ['br', 'gz']): void {
  writeFileSync(path.join(dir, file), bytes);
  if (variants.includes('br'))
    writeFileSync(path.join(dir, `${file}.br`), brotliCompressSync(bytes));
  if (variants.includes('gz')) writeFileSync(path.join(dir, `${file}.gz`), gzipSync(bytes));
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'client-files-'));
  mkdirSync(path.join(dir, 'assets'));
  writeBuilt('index.html', PAGE);
  writeBuilt('assets/index-abc123.js', SCRIPT);
  writeBuilt('assets/only-gzip.css', Buffer.from(`a{color:red}`.repeat(100)), ['gz']);
  writeFileSync(path.join(dir, 'assets', 'tiny.js'), 'export {};');
  mkdirSync(path.join(dir, 'shell'));
  writeBuilt('shell/add-contact.en.html', SHELL.en);
  writeBuilt('shell/add-contact.es.html', SHELL.es);
  const app = express();
  serveClient(app, dir);
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});

afterAll(() => {
  close();
  rmSync(dir, { recursive: true, force: true });
});

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** node:http, because fetch would decode the body and hide what went over the wire. */
function raw(file: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Raw> {
  return new Promise((resolve, reject) => {
    http
      .request(`${url}${file}`, { method, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks),
          }),
        );
      })
      .on('error', reject)
      .end();
  });
}

describe('the built client', () => {
  it('when an asset exists, then it is served and cached for good', async () => {
    const response = await fetch(`${url}/assets/index-abc123.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe(IMMUTABLE);
  });

  it('when an asset is gone (a tab older than the deploy), then 404, not index.html, and not cached', async () => {
    const response = await fetch(`${url}/assets/customer-page-OLDHASH.js`);
    expect((await problemOf(response, 404)).code).toBe('no-file');
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it('when any other path is asked for, then index.html answers, so deep links and reloads work', async () => {
    const response = await fetch(`${url}/customers/4242/contacts/new`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toContain('<title>app</title>');
  });
});

describe('the built client, compressed', () => {
  const script = '/assets/index-abc123.js';

  it('when a browser sends "gzip, deflate, br", then brotli, which decodes to the built bytes', async () => {
    const answer = await raw(script, { 'accept-encoding': 'gzip, deflate, br' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(answer.headers['content-length']).toBe(String(answer.body.length));
    expect(answer.headers.vary).toMatch(/accept-encoding/i);
    expect(answer.headers['cache-control']).toBe(IMMUTABLE);
    expect(answer.body.length).toBeLessThan(SCRIPT.length);
    expect(brotliDecompressSync(answer.body).equals(SCRIPT)).toBe(true);
  });

  it('when only gzip is accepted, then gzip', async () => {
    const answer = await raw(script, { 'accept-encoding': 'gzip' });
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(answer.body).equals(SCRIPT)).toBe(true);
  });

  it('when gzip is refused with q=0, then brotli; when br is, then gzip', async () => {
    const brotli = await raw(script, { 'accept-encoding': 'gzip;q=0, br' });
    expect(brotli.headers['content-encoding']).toBe('br');
    const gzip = await raw(script, { 'accept-encoding': 'br;q=0, gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
  });

  it('when no encoding is accepted, then the identity bytes, still with Vary', async () => {
    const answer = await raw(script);
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.headers.vary).toMatch(/accept-encoding/i);
    expect(answer.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(answer.body.equals(SCRIPT)).toBe(true);
  });

  it('when a file has no brotli variant (not smaller) or none at all, then the next best', async () => {
    const css = await raw('/assets/only-gzip.css', { 'accept-encoding': 'br, gzip' });
    expect(css.headers['content-encoding']).toBe('gzip');
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    const tiny = await raw('/assets/tiny.js', { 'accept-encoding': 'br, gzip' });
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(tiny.body.toString()).toBe('export {};');
  });

  it('when a deep link is loaded, then index.html is negotiated too, and never cached', async () => {
    const answer = await raw('/customers/4242', { 'accept-encoding': 'gzip, br' });
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.headers['cache-control']).toBe('no-cache');
    expect(answer.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(answer.body).equals(PAGE)).toBe(true);
  });

  it('when HEAD is asked, then the headers of the variant and no body', async () => {
    const answer = await raw(script, { 'accept-encoding': 'br' }, 'HEAD');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('br');
    expect(Number(answer.headers['content-length'])).toBeGreaterThan(0);
    expect(answer.body.length).toBe(0);
  });

  it('when the ETag of the variant is sent back, then 304; each encoding has its own ETag', async () => {
    const brotli = await raw(script, { 'accept-encoding': 'br' });
    const identity = await raw(script);
    expect(brotli.headers.etag).toBeDefined();
    expect(brotli.headers.etag).not.toBe(identity.headers.etag);
    const again = await raw(script, {
      'accept-encoding': 'br',
      'if-none-match': brotli.headers.etag ?? '',
    });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });
});

describe('the add form, prerendered (issue 9)', () => {
  const pageAt = async (file: string, headers: Record<string, string>) => {
    const answer = await raw(file, { 'accept-encoding': 'identity', ...headers });
    return { ...answer, text: answer.body.toString() };
  };

  it('when a browser with a session opens /, then the prerendered form, never cached, varying by cookie and language', async () => {
    const answer = await pageAt('/', { cookie: SIGNED_IN });
    expect(answer.text).toBe(SHELL.en.toString());
    expect(answer.headers['cache-control']).toBe('no-cache');
    expect(answer.headers.vary).toMatch(/Accept-Encoding/);
    expect(answer.headers.vary).toMatch(/Cookie/);
    expect(answer.headers.vary).toMatch(/Accept-Language/);
  });

  it('when it is asked in brotli, then the brotli variant of the prerendered form', async () => {
    const answer = await raw('/', { cookie: SIGNED_IN, 'accept-encoding': 'br' });
    expect(answer.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(answer.body).toString()).toBe(SHELL.en.toString());
  });

  it('when the language is chosen in the app, or else by the browser, then the form is in it', async () => {
    const chosen = await pageAt('/', { cookie: `locale=es; ${SIGNED_IN}` });
    expect(chosen.text).toBe(SHELL.es.toString());
    const browser = await pageAt('/', { cookie: SIGNED_IN, 'accept-language': 'es-MX,es;q=0.9' });
    expect(browser.text).toBe(SHELL.es.toString());
    // The app's choice wins over the browser's, as in client/src/i18n/runtime.ts.
    const both = await pageAt('/', {
      cookie: `${SIGNED_IN}; locale=en`,
      'accept-language': 'es-MX',
    });
    expect(both.text).toBe(SHELL.en.toString());
    const unknown = await pageAt('/', {
      cookie: `locale=fr; ${SIGNED_IN}`,
      'accept-language': 'de',
    });
    expect(unknown.text).toBe(SHELL.en.toString());
  });

  it('when nobody is signed in, or another path is asked for, then the plain page: sign-in or that screen comes instead', async () => {
    expect((await pageAt('/', {})).text).toBe(PAGE.toString());
    expect((await pageAt('/customers', { cookie: SIGNED_IN })).text).toBe(PAGE.toString());
  });
});
