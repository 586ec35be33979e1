import path from 'node:path';
import express, { type Express } from 'express';
import { sendProblem } from '../errors';

/**
 * The built client: hashed assets, and index.html for every other path so deep links and reloads
 * work. A missing asset is a 404, never index.html: a tab opened before a deploy asks for chunks
 * that are gone, and only a failed import tells it to reload (client/src/main.tsx).
 */
export function serveClient(app: Express, clientDir: string): void {
  // Hashed assets never change; index.html must be revalidated so a deploy reaches users.
  app.use(
    express.static(clientDir, {
      index: false,
      setHeaders: (res, file) => {
        res.setHeader(
          'Cache-Control',
          file.endsWith('.html') ? 'no-cache' : 'public, max-age=31536000, immutable',
        );
      },
    }),
  );
  app.use('/assets', (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    sendProblem(res, {
      status: 404,
      code: 'no-file',
      title: 'Not found',
      detail: 'No such file; it may belong to an older version of the app.',
    });
  });
  app.get(/.*/, (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(path.join(clientDir, 'index.html'));
  });
}
