import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../../..', import.meta.url));

export interface ServerProcess {
  child: ChildProcess;
  /** Resolves with the URL the server printed, or rejects with everything it said if it exits. */
  url: Promise<string>;
  /** Resolves with the exit code and all output once the process ends. */
  exited: Promise<{ code: number | null; output: string }>;
}

/** Runs `server/src/index.ts` in its own process, as `npm start` does, on loopback. */
export function spawnServer(env: Record<string, string>): ServerProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/index.ts'], {
    cwd: REPO,
    env: { HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<{ code: number | null; output: string }>((resolve) => {
    child.once('exit', (code) => resolve({ code, output }));
  });
  const url = new Promise<string>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const printed = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      if (printed) resolve(printed);
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    void exited.then(({ code }) => reject(new Error(`server exited (${code}): ${output}`)));
  });
  url.catch(() => undefined);
  return { child, url, exited };
}
