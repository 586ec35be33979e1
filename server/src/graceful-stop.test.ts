import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildContactInput } from './contract/testing';
import { startKometSimulator, type KometSimulator } from './komet/simulator/simulator';
import { spawnServer, type ServerProcess } from './testing/server-process';
import { SENTINEL_TOKEN, TEST_PASSWORD, seededStorage } from './testing/test-server';

let simulator: KometSimulator;
let dataDir: string;
let server: ServerProcess | undefined;

beforeAll(async () => {
  simulator = await startKometSimulator({ token: SENTINEL_TOKEN });
  dataDir = await mkdtemp(path.join(tmpdir(), 'komet-contacts-stop-'));
  // The test users (sally among them) on the file the server process will open.
  await (await seededStorage(Date.now(), { dataDir })).close();
});
afterEach(() => {
  simulator.faults.clear();
  // Each server runs in a process group of its own (npm and node, for npm start): end all of it.
  if (server?.child.exitCode === null) process.kill(-server.child.pid!, 'SIGKILL');
});
afterAll(async () => {
  await simulator.close();
  await rm(dataDir, { recursive: true, force: true });
});

const env = (kometTimeoutMs: number) => ({
  KOMET_API_TOKEN: SENTINEL_TOKEN,
  KOMET_API_URL: simulator.url,
  KOMET_TIMEOUT_MS: String(kometTimeoutMs),
  DATA_DIR: dataDir,
});
const startServer = (kometTimeoutMs: number) =>
  spawnServer(env(kometTimeoutMs), { detached: true });

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** Resolves when the connection that carried the answer is closed. */
  closed: Promise<unknown>;
}

/** One request over `agent`, as a browser makes it: keep-alive, from the app's own origin. */
function send(
  url: string,
  agent: http.Agent,
  init: { method?: string; path: string; cookie?: string; body?: unknown },
): Promise<Answer> {
  const body = init.body === undefined ? undefined : JSON.stringify(init.body);
  return new Promise((resolve, reject) => {
    const request = http.request(
      new URL(init.path, url),
      {
        method: init.method ?? 'GET',
        agent,
        headers: {
          origin: url,
          ...(body ? { 'content-type': 'application/json' } : {}),
          ...(init.cookie ? { cookie: init.cookie } : {}),
        },
      },
      (response) => {
        const closed = once(response.socket, 'close');
        response.resume();
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, closed }),
        );
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

async function signIn(url: string, agent: http.Agent): Promise<string> {
  const answer = await send(url, agent, {
    method: 'POST',
    path: '/api/session',
    body: { username: 'sally', password: TEST_PASSWORD },
  });
  expect(answer.status).toBe(200);
  return String(answer.headers['set-cookie']?.[0]).split(';')[0]!;
}

/** The error code of a fresh connection attempt, or 'connected'. */
function connect(url: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), hostname);
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

describe('stopping the server with a signal', { timeout: 30_000 }, () => {
  it('when an add is at Komet, then it still answers 201, new and idle connections are refused or closed, and the process exits 0', async () => {
    server = startServer(60_000);
    const url = await server.url;
    const browser = new http.Agent({ keepAlive: true });
    const cookie = await signIn(url, browser);
    // Another tab left a connection open and idle, as browsers do between clicks.
    const idleTab = new http.Agent({ keepAlive: true });
    const idle = await send(url, idleTab, { path: '/api/health' });
    let idleClosed = false;
    void idle.closed.then(() => (idleClosed = true));

    simulator.faults.next({ kind: 'hold' }, { method: 'customer.contact.add' });
    const sentBefore = simulator.calls('customer.contact.add');
    const contact = buildContactInput({ name: 'Saved During Stop' });
    let answered = false;
    const adding = send(url, browser, {
      method: 'POST',
      path: '/api/customers/4242/contacts',
      cookie,
      body: contact,
    }).finally(() => (answered = true));
    await expect.poll(() => simulator.calls('customer.contact.add')).toBe(sentBefore + 1);

    server.child.kill('SIGTERM');
    await server.said(/stopping \(SIGTERM\)/);
    expect(await connect(url)).toBe('ECONNREFUSED');
    await idle.closed;
    expect(answered).toBe(false);

    simulator.faults.release();
    const added = await adding;
    expect(added.status).toBe(201);
    // Told not to reuse the connection, which then closes rather than hold the stop open.
    expect(added.headers.connection).toBe('close');
    await added.closed;
    expect(idleClosed).toBe(true);
    expect(
      simulator.store.contacts.get('4242')?.filter((saved) => saved.name === contact.name),
    ).toHaveLength(1);
    expect((await server.exited).code).toBe(0);
  });

  it('when a request is still running as the grace period (KOMET_TIMEOUT_MS + 1 s) ends, then it is cut and the process exits 0', async () => {
    server = startServer(100);
    const url = await server.url;
    const { hostname, port } = new URL(url);
    // An upload that stalls halfway: a request in flight that will never finish by itself.
    const socket = net.connect(Number(port), hostname);
    let received = '';
    const continued = new Promise<void>((resolve) =>
      socket.on('data', (chunk: Buffer) => {
        received += chunk.toString();
        if (received.includes('100 Continue')) resolve();
      }),
    );
    const closed = once(socket, 'close');
    socket.write(
      [
        'POST /api/session HTTP/1.1',
        `Host: ${hostname}:${port}`,
        `Origin: ${url}`,
        'Content-Type: application/json',
        'Content-Length: 100',
        // The server says "100 Continue" once it has read the headers: the request is in flight.
        'Expect: 100-continue',
        '',
        '',
      ].join('\r\n'),
    );
    await continued;
    socket.write('{"username": "sal');

    server.child.kill('SIGTERM');
    await server.said(/stopping \(SIGTERM\)/);
    await closed;
    // Cut, not answered: no final status line after the interim 100.
    expect(received).not.toMatch(/HTTP\/1\.1 [2-5]\d\d/);
    expect((await server.exited).code).toBe(0);
  });

  it('when Ctrl+C reaches npm start and the server together, as from a terminal, then the add in flight still completes and both exit 0', async () => {
    server = spawnServer(env(60_000), { npmStart: true, detached: true });
    const url = await server.url;
    const browser = new http.Agent({ keepAlive: true });
    const cookie = await signIn(url, browser);
    simulator.faults.next({ kind: 'hold' }, { method: 'customer.contact.add' });
    const sentBefore = simulator.calls('customer.contact.add');
    const adding = send(url, browser, {
      method: 'POST',
      path: '/api/customers/4242/contacts',
      cookie,
      body: buildContactInput({ name: 'Saved Despite Ctrl+C' }),
    });
    await expect.poll(() => simulator.calls('customer.contact.add')).toBe(sentBefore + 1);

    // A terminal signals its whole foreground process group, and npm forwards its own copy: the
    // server may get SIGINT twice (or once, when the two merge), which must not cut the add.
    process.kill(-server.child.pid!, 'SIGINT');
    await server.said(/stopping \(SIGINT\)/);
    simulator.faults.release();
    expect((await adding).status).toBe(201);
    const { code, output } = await server.exited;
    expect(code).toBe(0);
    expect(output).not.toContain('stopping at once');
  });
});
