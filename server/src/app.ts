import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import type { Health } from './contract';
import { errorHandler, sendProblem } from './errors';
import type { Komet } from './komet/komet';
import type { Logger } from './logger';
import { contactTypesRouter } from './routes/contact-types';
import { contactsRouter } from './routes/contacts';
import { customersRouter } from './routes/customers';
import { healthRouter } from './routes/health';
import type { ContactCache } from './storage/contact-cache';
import type { CustomerDirectory } from './storage/customer-directory';

export interface AppDependencies {
  komet: Komet;
  directory: CustomerDirectory;
  contacts: ContactCache;
  contactTypes: readonly string[];
  mode: Health['komet'];
  logger: Logger;
  /** The built client, served with the API on one port when present. */
  clientDir?: string;
}

/** Builds the app without listening, so tests can run it on port 0. */
export function createApp(deps: AppDependencies): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use((req, res, next) => {
    const started = performance.now();
    // Read now: a router mounted on /api strips that prefix from req.path until it hands on.
    const requestPath = req.path;
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('X-Frame-Options', 'DENY');
    res.on('finish', () => {
      if (!requestPath.startsWith('/api/')) return;
      const ms = Math.round(performance.now() - started);
      deps.logger.info('request', {
        method: req.method,
        path: requestPath,
        status: res.statusCode,
        ms,
      });
    });
    next();
  });

  // Komet accepts at most 64 KB per request body (KOMET-API.md); refuse more before anything else.
  app.use('/api', express.json({ limit: '64kb' }));
  app.use('/api', healthRouter(deps.mode, deps.directory));
  app.use('/api', contactTypesRouter(deps.contactTypes));
  app.use('/api', customersRouter(deps.directory));
  app.use('/api', contactsRouter(deps.komet, deps.contacts, deps.directory));
  app.use('/api', (req, res) => {
    sendProblem(res, {
      status: 404,
      title: 'Not found',
      detail: `No API route for ${req.method} ${req.baseUrl}${req.path}.`,
    });
  });

  if (deps.clientDir && existsSync(deps.clientDir)) {
    const clientDir = deps.clientDir;
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
    app.get(/.*/, (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(path.join(clientDir, 'index.html'));
    });
  }

  app.use(errorHandler(deps.logger));
  return app;
}
