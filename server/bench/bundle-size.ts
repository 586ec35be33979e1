import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { kb } from './stats';
import { note, reading, section, table } from './print';

const DIST = fileURLToPath(new URL('../../client/dist/', import.meta.url));
const GZIP_LEVEL = 9;
/** kB = 1000 bytes, as Vite reports it. */
const TARGET_INITIAL_JS_GZIP = 100_000;

interface Asset {
  file: string;
  kind: 'js' | 'css';
  raw: number;
  gzip: number;
}

const attribute = (tag: string, name: string) =>
  new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];

/** What index.html makes the browser fetch before the app runs: entry script, preloads, styles. */
export function initialFiles(html: string): Set<string> {
  const files = new Set<string>();
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const isScript = /^<script/i.test(tag);
    const rel = attribute(tag, 'rel')?.toLowerCase();
    const url = isScript
      ? attribute(tag, 'type') === 'module' && attribute(tag, 'src')
      : (rel === 'modulepreload' || rel === 'stylesheet') && attribute(tag, 'href');
    if (url && !/^[a-z]+:/i.test(url)) files.add(url.replace(/^\//, ''));
  }
  return files;
}

/** Lazy chunks are named by hash alone (vite.config.ts); the manifest says what each holds. */
async function chunkNames(): Promise<Map<string, string>> {
  const manifest = JSON.parse(await readFile(`${DIST}.vite/manifest.json`, 'utf8')) as Record<
    string,
    { file: string; name?: string; src?: string }
  >;
  return new Map(Object.values(manifest).map(({ file, name, src }) => [file, name ?? src ?? '']));
}

async function measure(file: string): Promise<Asset> {
  const bytes = await readFile(DIST + file);
  const kind = file.endsWith('.css') ? 'css' : 'js';
  return { file, kind, raw: bytes.length, gzip: gzipSync(bytes, { level: GZIP_LEVEL }).length };
}

const sum = (assets: Asset[], key: 'raw' | 'gzip') =>
  assets.reduce((total, asset) => total + asset[key], 0);

export async function benchBundleSize(): Promise<void> {
  section('1. Client bundle (client/dist)');
  const initial = initialFiles(await readFile(`${DIST}index.html`, 'utf8'));
  const all = (await readdir(`${DIST}assets`))
    .filter((name) => /\.(js|css)$/.test(name))
    .map((name) => `assets/${name}`);
  const assets = await Promise.all([...new Set([...initial, ...all])].map(measure));
  const eager = assets.filter((asset) => initial.has(asset.file));
  const lazy = assets.filter((asset) => !initial.has(asset.file));

  const names = await chunkNames();
  const label = (file: string) => (names.get(file) ? `${file} (${names.get(file)})` : file);
  const row = (asset: Asset) => [label(asset.file), asset.kind, kb(asset.raw), kb(asset.gzip)];
  table(['initial asset', 'kind', 'raw', 'gzip'], eager.map(row));
  if (lazy.length > 0) {
    note('Lazily loaded (not referenced by index.html):');
    table(['lazy asset', 'kind', 'raw', 'gzip'], lazy.map(row));
  } else {
    note('Lazily loaded chunks: none.');
  }

  const js = eager.filter((asset) => asset.kind === 'js');
  const css = eager.filter((asset) => asset.kind === 'css');
  const jsGzip = sum(js, 'gzip');
  note(`gzip = node:zlib level ${GZIP_LEVEL}; kB = 1000 bytes (as Vite prints).`);
  table(
    ['initial', 'raw', 'gzip', 'target', 'reading'],
    [
      [
        'JS',
        kb(sum(js, 'raw')),
        kb(jsGzip),
        `≤ ${kb(TARGET_INITIAL_JS_GZIP)} gzip`,
        reading(jsGzip <= TARGET_INITIAL_JS_GZIP),
      ],
      ['CSS', kb(sum(css, 'raw')), kb(sum(css, 'gzip')), '-', '-'],
    ],
  );
}
