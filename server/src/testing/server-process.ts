import { spawn, type ChildProcess } from 'node:child_process';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../../..', import.meta.url));

export interface ServerProcess {
  child: ChildProcess;
  /** Resolves with the URL the server printed, or rejects with everything it said if it exits. */
  url: Promise<string>;
  /** Resolves with the exit code and all output once the process ends. */
  exited: Promise<{ code: number | null; output: string }>;
  /** Resolves once the process has printed something matching `pattern`, or rejects if it exits first. */
  said(pattern: RegExp): Promise<void>;
}

export interface SpawnOptions {
  /** Through `npm start` itself (the child is then npm), rather than node directly. */
  npmStart?: boolean;
  /** In a process group of its own, which a test can signal whole, as a terminal does on Ctrl+C. */
  detached?: boolean;
}

/**
 * Runs the built server (server/dist, built by the tests' global setup or `npm run build`) in its
 * own process, as `npm start` does, on loopback.
 */
export function spawnServer(
  env: Record<string, string>,
  options: SpawnOptions = {},
): ServerProcess {
  const base = { HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'silent', ...env };
  const child = options.npmStart
    ? // npm and the shell it runs the script with find node on the PATH: this very node.
      spawn('npm', ['start'], {
        cwd: REPO,
        env: { PATH: `${path.dirname(process.execPath)}:/usr/bin:/bin`, HOME: homedir(), ...base },
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: options.detached,
      })
    : spawn(process.execPath, ['--enable-source-maps', 'server/dist/index.js'], {
        cwd: REPO,
        env: base,
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: options.detached,
      });
  let output = '';
  const waiting = new Set<() => void>();
  const exited = new Promise<{ code: number | null; output: string }>((resolve) => {
    child.once('exit', (code) => resolve({ code, output }));
  });
  const url = new Promise<string>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      waiting.forEach((check) => check());
      const printed = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      if (printed) resolve(printed);
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    void exited.then(({ code }) => reject(new Error(`server exited (${code}): ${output}`)));
  });
  url.catch(() => undefined);
  const said = (pattern: RegExp) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (!pattern.test(output)) return;
        waiting.delete(check);
        resolve();
      };
      waiting.add(check);
      check();
      child.once('close', () => reject(new Error(`exited without printing ${pattern}: ${output}`)));
    });
  return { child, url, exited, said };
}
