import { createServer, type Server } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStorage } from './db/storage';
import { spawnServer } from './testing/server-process';
import { SENTINEL_TOKEN } from './testing/test-server';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'komet-contacts-start-'));
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

describe('starting the server', () => {
  it('when a real token is set and nobody can sign in, then it refuses to start and prints the command to run', async () => {
    const { exited } = spawnServer({ KOMET_API_TOKEN: SENTINEL_TOKEN, DATA_DIR: dataDir });
    const { code, output } = await exited;
    expect(code).toBe(1);
    expect(output).toContain('npm run users -- add <username> --role admin --name "Your Name"');
    expect(output).not.toMatch(/\n\s+at /); // a sentence, not a stack trace
    expect(output).not.toContain(SENTINEL_TOKEN);
  });

  it('when there is no token and no user, then the three demo users are created and it runs', async () => {
    const server = spawnServer({ DATA_DIR: dataDir });
    await server.url;
    server.child.kill('SIGTERM');
    expect((await server.exited).code).toBe(0);
    const storage = await openStorage({ dataDir });
    const users = await storage.users.list();
    await storage.close();
    expect(users.map(({ username, role, demo }) => ({ username, role, demo }))).toEqual([
      { username: 'admin', role: 'admin', demo: true },
      { username: 'sales', role: 'sales', demo: true },
      { username: 'support', role: 'support', demo: true },
    ]);
  });

  it('when DATA_DIR cannot be used, then it says which folder in one line and exits with an error', async () => {
    const notAFolder = path.join(dataDir, 'a-file');
    await writeFile(notAFolder, '');
    const { code, output } = await spawnServer({ DATA_DIR: notAFolder }).exited;
    expect(code).toBe(1);
    expect(output.trim().split('\n')).toHaveLength(1);
    expect(output).toContain(notAFolder);
  });

  it('when a setting is invalid, then it names the setting in one line and exits with an error', async () => {
    const { code, output } = await spawnServer({ DATA_DIR: dataDir, PORT: 'eighty' }).exited;
    expect(code).toBe(1);
    expect(output.trim()).toBe('Invalid setting PORT: must be a port number');
  });

  describe('when the port is taken', () => {
    let taken: Server;
    beforeEach(async () => {
      taken = createServer();
      await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    });
    afterEach(() => new Promise<void>((resolve) => taken.close(() => resolve())));

    it('then it says so in one line and exits with an error', async () => {
      const port = String((taken.address() as { port: number }).port);
      const { code, output } = await spawnServer({ DATA_DIR: dataDir, PORT: port }).exited;
      expect(code).toBe(1);
      expect(output.trim()).toBe(
        `Port ${port} on 127.0.0.1 is already in use: stop what runs there or set PORT.`,
      );
    });
  });
});
