import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemOf } from '../testing/requests';
import { serveClient } from './client-files';

let dir: string;
let close: () => void;
let url: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'client-files-'));
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(path.join(dir, 'assets', 'index-abc123.js'), 'export {};');
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

describe('the built client', () => {
  it('when an asset exists, then it is served and cached for good', async () => {
    const response = await fetch(`${url}/assets/index-abc123.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('when an asset is gone (a tab older than the deploy), then 404, not index.html, and not cached', async () => {
    const response = await fetch(`${url}/assets/customer-page-OLDHASH.js`);
    expect((await problemOf(response, 404)).code).toBe('no-file');
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it('when any other path is asked for, then index.html answers, so deep links and reloads work', async () => {
    const response = await fetch(`${url}/customers/4242/contacts/new`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>app</title>');
  });
});
