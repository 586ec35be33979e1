import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import express, { type Express, type Request, type Response } from 'express';
import { readCookie, readSessionCookie } from '../auth/session-cookie';
import { sendProblem } from '../errors';

/** What client/build/precompress.ts compresses; images and fonts are compressed already. */
const COMPRESSIBLE = /\.(?:html|js|mjs|css|svg|json|webmanifest|ico|txt|xml|map|wasm)$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** In our order of preference: br is the smaller, and a browser that sends it decodes it. */
const VARIANTS = [
  { coding: 'br', suffix: '.br' },
  { coding: 'gzip', suffix: '.gz' },
] as const;

type Variant = (typeof VARIANTS)[number];

/** Hashed names change with their content; anything else (index.html, public files) is revalidated. */
const cacheControl = (relative: string) =>
  relative.startsWith('assets/') ? IMMUTABLE : 'no-cache';

const isFile = (file: string) =>
  stat(file).then(
    (stats) => stats.isFile(),
    () => false,
  );

/**
 * Any q above 0 accepts a coding, and br wins ties: `accepts` alone ranks equal q by header order,
 * and browsers send "gzip, deflate, br". A .br goes only to a client that named br (or `*`).
 */
async function chooseVariant(req: Request, file: string): Promise<Variant | undefined> {
  for (const variant of VARIANTS) {
    if (req.acceptsEncodings(variant.coding) && (await isFile(file + variant.suffix)))
      return variant;
  }
  return undefined;
}

/** Sends the precompressed variant of `relative` the client takes, or calls `identity`. */
function sendNegotiated(
  clientDir: string,
  relative: string,
  req: Request,
  res: Response,
  identity: () => void,
): void {
  // On every answer, identity too: a shared cache must not hand a .br to a client without br.
  res.vary('Accept-Encoding');
  chooseVariant(req, path.join(clientDir, relative)).then((variant) => {
    if (!variant) return identity();
    res.setHeader('Cache-Control', cacheControl(relative));
    res.setHeader('Content-Encoding', variant.coding);
    res.type(path.extname(relative));
    // send() keeps these, adds Content-Length, an ETag of the variant's own, HEAD and 304.
    res.sendFile(relative + variant.suffix, { root: clientDir }, (error) => {
      if (!error || res.headersSent) return;
      res.removeHeader('Content-Encoding');
      res.removeHeader('Content-Type');
      identity();
    });
  }, identity);
}

/** The path a request names inside the client dir, unless it is not a compressible plain file. */
function compressiblePath(req: Request): string | undefined {
  if (req.method !== 'GET' && req.method !== 'HEAD') return undefined;
  let relative: string;
  try {
    relative = decodeURIComponent(req.path).slice(1);
  } catch {
    return undefined;
  }
  // Dot segments: `..` escapes, .vite/ holds the build manifest; express.static ignores both.
  if (!COMPRESSIBLE.test(relative) || relative.includes('\0')) return undefined;
  return relative.split('/').some((part) => part.startsWith('.')) ? undefined : relative;
}

const LANGUAGES = ['en', 'es'] as const;
/** client/build/add-form-shell.ts writes them. */
const shellFile = (language: (typeof LANGUAGES)[number]) => `shell/add-contact.${language}.html`;

/**
 * The page for a path: at `/`, a browser with a session gets the add form prerendered, in the
 * language the app will choose (its `locale` cookie, else the browser's languages, as
 * client/src/i18n/runtime.ts does), so the customer box can be typed in before the JS has run.
 * Without a session the app shows sign-in instead: the plain page, as everywhere else.
 */
function pageFor(req: Request, shells: boolean): string {
  if (!shells || req.path !== '/' || !readSessionCookie(req)) return 'index.html';
  const wanted = [readCookie(req, 'locale'), req.acceptsLanguages(...LANGUAGES)];
  return shellFile(
    wanted.map((it) => LANGUAGES.find((known) => known === it)).find(Boolean) ?? 'en',
  );
}

/**
 * The built client: hashed assets, and index.html for every other path so deep links and reloads
 * work. A missing asset is a 404, never index.html: a tab opened before a deploy asks for chunks
 * that are gone, and only a failed import tells it to reload (client/src/main.tsx).
 * Text files go out as the br or gzip variant written at build time when the client takes one.
 */
export function serveClient(app: Express, clientDir: string): void {
  const assets = path.resolve(clientDir, 'assets') + path.sep;
  const shells = LANGUAGES.every((language) =>
    existsSync(path.join(clientDir, shellFile(language))),
  );
  app.use((req, res, next) => {
    const relative = compressiblePath(req);
    if (relative === undefined) return next();
    sendNegotiated(clientDir, relative, req, res, next);
  });
  app.use(
    express.static(clientDir, {
      index: false,
      setHeaders: (res, file) => {
        res.setHeader('Cache-Control', file.startsWith(assets) ? IMMUTABLE : 'no-cache');
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
  app.get(/.*/, (req, res, next) => {
    const page = pageFor(req, shells);
    // Which page `/` gets depends on these: a shared cache must not mix them up.
    if (req.path === '/') res.vary('Cookie').vary('Accept-Language');
    sendNegotiated(clientDir, page, req, res, () => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(page, { root: clientDir }, (error) => {
        if (error && !res.headersSent) next(error);
      });
    });
  });
}
