import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

/** Text-like files; images and fonts are compressed already. The server's list must match (issue 9). */
export const COMPRESSIBLE = /\.(?:html|js|mjs|css|svg|json|webmanifest|ico|txt|xml|map|wasm)$/;
/**
 * Below this the encoding header costs about what compression saves. index.html and the entry
 * (0.6 and 0.7 kB) are above it: on a slow link every byte of the first screen counts.
 */
export const MIN_BYTES = 256;

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** Every file under `dir`, relative to it, skipping dot folders (Vite's `.vite/manifest.json`). */
async function filesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((entry) => !entry.name.startsWith('.'))
      .map(async (entry) =>
        entry.isDirectory()
          ? (await filesIn(path.join(dir, entry.name))).map((file) => `${entry.name}/${file}`)
          : [entry.name],
      ),
  );
  return nested.flat();
}

/** Brotli's modes only tune the encoder (any decoder reads each): the smallest result wins. */
const BROTLI_MODES = [
  constants.BROTLI_MODE_TEXT,
  constants.BROTLI_MODE_GENERIC,
  constants.BROTLI_MODE_FONT,
];

async function smallestBrotli(bytes: Buffer): Promise<Buffer> {
  const results = await Promise.all(
    BROTLI_MODES.map((mode) =>
      brotli(bytes, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_MODE]: mode,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        },
      }),
    ),
  );
  return results.reduce((smallest, result) =>
    result.length < smallest.length ? result : smallest,
  );
}

async function precompressFile(file: string): Promise<number> {
  const bytes = await readFile(file);
  if (bytes.length < MIN_BYTES) return 0;
  // Build time is cheap and the bytes are served for a year: the slowest, smallest settings.
  const variants = await Promise.all([
    smallestBrotli(bytes).then((compressed) => ({ suffix: '.br', compressed })),
    gzipped(bytes, { level: constants.Z_BEST_COMPRESSION }).then((compressed) => ({
      suffix: '.gz',
      compressed,
    })),
  ]);
  const smaller = variants.filter(({ compressed }) => compressed.length < bytes.length);
  await Promise.all(smaller.map(({ suffix, compressed }) => writeFile(file + suffix, compressed)));
  return smaller.length;
}

/** Writes `file.br` and `file.gz` beside each compressible file in `dir`; returns how many. */
export async function precompressDir(dir: string): Promise<number> {
  const files = (await filesIn(dir)).filter((file) => COMPRESSIBLE.test(file));
  const written = await Promise.all(files.map((file) => precompressFile(path.join(dir, file))));
  return written.reduce((total, count) => total + count, 0);
}

/**
 * Precompresses the build output, public files included, so the server sends br or gzip without
 * compressing per request (server/src/edge/client-files.ts).
 */
export function precompress(): Plugin {
  return {
    name: 'komet:precompress',
    apply: 'build',
    async writeBundle(options) {
      if (!options.dir) return;
      const written = await precompressDir(options.dir);
      this.info(`${written} precompressed variants written`);
    },
  };
}
