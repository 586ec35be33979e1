import { fileURLToPath } from 'node:url';
import { lingui } from '@lingui/vite-plugin';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { linguiMacros } from './client/build/lingui-macro.ts';

const LINGUI_CONFIG = fileURLToPath(new URL('client/lingui.config.ts', import.meta.url));
const serverPort = process.env.PORT ?? '3000';

export default defineConfig({
  root: 'client',
  plugins: [linguiMacros(LINGUI_CONFIG), lingui({ configPath: LINGUI_CONFIG }), react()],
  resolve: {
    alias: { 'komet-i18n': fileURLToPath(new URL('client/src/i18n/runtime.ts', import.meta.url)) },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    // Every browser our staff use preloads modules natively; the polyfill would cost 0.3 kB.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // What every screen needs in one chunk: split among the lazy screens' shared chunks it
        // compresses worse. zod and the resolvers stay out: they load on the form's first focus;
        // so does Papa Parse, which loads on the first CSV export (issue 8).
        // Lazy chunks go by a short hash alone: each one's file name is listed in the first chunk
        // (its preload map), where names cost 0.3 kB gzip. The manifest (.vite/manifest.json)
        // says which is which; `npm run bench` prints them by source.
        chunkFileNames: (chunk) =>
          chunk.name === 'vendor' ? 'assets/vendor-[hash].js' : 'assets/[hash:6].js',
        advancedChunks: {
          groups: [
            {
              name: 'vendor',
              test: /node_modules[\\/](?!zod|@hookform|@lingui|js-sha256|papaparse|@tanstack[\\/](react-query[\\/]build[\\/]modern[\\/]useMutation|query-core[\\/]build[\\/]modern[\\/]mutationObserver))|client[\\/]src[\\/](lib|components|features[\\/]customers)[\\/]|contract[\\/](fold-text|limits|plain)/,
            },
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
        },
      },
    ],
  },
});
