import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Vitest global setup: tests that start the app through `npm start` run the built server
 * (server/dist), so it is built once here from the current source, before any test runs.
 */
export default function buildServer(): void {
  execFileSync('npm', ['run', 'build', '-w', 'server', '--silent'], {
    cwd: fileURLToPath(new URL('../../..', import.meta.url)),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
