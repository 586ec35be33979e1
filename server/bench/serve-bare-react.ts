import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import express, { type NextFunction, type Request, type Response } from 'express';
import { build } from 'vite';
import { precompress } from '../../client/build/precompress';
import { serveClient } from '../src/edge/client-files';

const SOURCE = fileURLToPath(new URL('bare-react/', import.meta.url));

export interface BareReact {
  url: string;
  close(): Promise<void>;
}

/**
 * The yardstick of issue 9: bare-react/ built as our client is (Vite, the React plugin, the same
 * precompression) into a temporary folder, and served by the code that serves our client.
 */
export async function startBareReact(): Promise<BareReact> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'komet-bare-react-'));
  await build({
    root: SOURCE,
    configFile: false,
    logLevel: 'warn',
    plugins: [react(), precompress()],
    build: { outDir, emptyOutDir: true, modulePreload: { polyfill: false } },
  });
  const app = express();
  serveClient(app, outDir);
  // A context closed mid-request (the favicon, say) is no failure here: end quietly.
  app.use((_error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    if (!res.headersSent) res.status(500);
    res.end();
  });
  const server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await rm(outDir, { recursive: true, force: true });
    },
  };
}
