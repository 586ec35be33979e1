import { fileURLToPath } from 'node:url';
import { lingui } from '@lingui/vite-plugin';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { addFormShell } from './client/build/add-form-shell.ts';
import { linguiMacros } from './client/build/lingui-macro.ts';
import { precompress } from './client/build/precompress.ts';

const LINGUI_CONFIG = fileURLToPath(new URL('client/lingui.config.ts', import.meta.url));
const FIRST_SCREEN = 'first-screen';
const RUNTIME = '\0rolldown/runtime.js';
/** What index.html loads: rolldown's runtime (named `_…` below) and the first screen. */
const STARTED = new RegExp(`^assets/(_|${FIRST_SCREEN}-)`);
/** What the add screen runs before it is usable; everything else loads when first needed. */
const firstScreenModules = [
  /node_modules[\\/](?!zod|@hookform|@lingui|js-sha256|papaparse|@tanstack[\\/](react-query[\\/]build[\\/]modern[\\/]useMutation|query-core[\\/]build[\\/]modern[\\/]mutationObserver))/,
  /client[\\/]src[\\/](lib|components|features[\\/]customers)[\\/]/,
  /server[\\/]src[\\/]contract[\\/](fold-text|limits|plain)\.ts$/,
  /client[\\/]src[\\/]app[\\/](app|layout|add-contact-page|providers|session-gate|paths)\.tsx?$/,
  /client[\\/]src[\\/]main\.tsx$/,
  /client[\\/]src[\\/]features[\\/]contacts[\\/]components[\\/](add-contact-form|contact-fields|customer-slot|lazy-resolvers|contact-draft|use-duplicate-check)\.tsx?$/,
  /client[\\/]src[\\/]features[\\/](contacts[\\/]api[\\/](add-contact|list-contacts|list-contact-types)|session[\\/]api[\\/]get-session)\.ts$/,
];
const serverPort = process.env.PORT ?? '3000';

export default defineConfig({
  root: 'client',
  plugins: [
    linguiMacros(LINGUI_CONFIG),
    lingui({ configPath: LINGUI_CONFIG }),
    react(),
    addFormShell(),
    precompress(),
  ],
  resolve: {
    alias: { 'komet-i18n': fileURLToPath(new URL('client/src/i18n/runtime.ts', import.meta.url)) },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    // Every browser our staff use preloads modules natively; the polyfill would cost 0.3 kB.
    modulePreload: {
      polyfill: false,
      // The entry and the first screen are loaded before any lazy chunk is asked for: listing
      // them among each lazy chunk's dependencies costs first-screen bytes and preloads nothing.
      resolveDependencies: (_file, deps) => deps.filter((dep) => !STARTED.test(dep)),
    },
    rolldownOptions: {
      output: {
        // The add screen (the first screen staff see) and what every screen shares, in one
        // chunk: split in two (entry and shared), the glue between them cost 0.9 kB gzip. The
        // entry that is left holds rolldown's runtime, which lazy chunks import too.
        // zod and the resolvers stay out: they come with the first lazy chunk, after the first
        // render (the shared chunk below); Papa Parse loads on the first CSV export (issue 8).
        // Lazy chunks go by a short hash alone: each one's file name is listed in the first chunk
        // (its preload map), where names cost 0.3 kB gzip. The manifest (.vite/manifest.json)
        // says which is which; `npm run bench` prints them by source.
        chunkFileNames: (chunk) =>
          chunk.name === FIRST_SCREEN
            ? `assets/${FIRST_SCREEN}-[hash].js`
            : chunk.moduleIds.includes(RUNTIME)
              ? 'assets/_[hash:6].js'
              : 'assets/[hash:6].js',
        // Lazy screens' stylesheets are listed in that map too.
        assetFileNames: (asset) =>
          asset.names.some((name) => name.endsWith('.css'))
            ? 'assets/[hash:6].css'
            : 'assets/[name]-[hash][extname]',
        codeSplitting: {
          groups: [
            { name: FIRST_SCREEN, test: (id) => firstScreenModules.some((re) => re.test(id)) },
            // What two or more lazy chunks share, in one chunk: the contract and zod, the form
            // messages, roles… Split by import sets they were 16 small files, each a request on
            // a lazy screen's first visit and a name in the first screen's preload map (0.3 kB).
            // The header's status loads it right after the first render; then it stays cached.
            { name: 'shared', minShareCount: 2 },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': `http://127.0.0.1:${serverPort}` },
  },
  test: {
    root: '.',
    // A guard against hangs, not a speed target: typing tests take seconds on a busy 2-core machine.
    testTimeout: 15_000,
    // In CI a JSON report feeds the closing summary line of .ci/run.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      {
        extends: true,
        test: {
          name: 'client',
          root: 'client',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          setupFiles: ['src/testing/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          // The catalogs against the code (client/build): extraction needs Node, not jsdom.
          name: 'catalogs',
          root: 'client',
          environment: 'node',
          include: ['build/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'server',
          root: 'server',
          environment: 'node',
          // Child-process and scrypt-heavy tests take seconds when the machine is busy.
          testTimeout: 15_000,
          include: ['src/**/*.test.ts'],
          globalSetup: ['src/testing/build-server.ts'],
        },
      },
    ],
  },
});
