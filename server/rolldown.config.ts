import { defineConfig } from 'rolldown';

/**
 * The production server: plain JavaScript in server/dist, run by `node` alone (`npm start`), so
 * no TypeScript tooling loads at run time. Packages stay external: they are installed, and native
 * ones (better-sqlite3) cannot be bundled. Source maps keep stack traces pointing at the source.
 */
export default defineConfig({
  input: { index: 'src/index.ts', users: 'src/cli/users.ts' },
  platform: 'node',
  external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0'),
  output: { dir: 'dist', format: 'esm', sourcemap: true, cleanDir: true },
});
