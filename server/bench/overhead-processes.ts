import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashPassword } from '../src/auth/passwords';
import { openStorage } from '../src/db/storage';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const HOOK = fileURLToPath(new URL('./app-profile-hook.mjs', import.meta.url));
const PASSWORD = 'bench-password-8e2f41';
const STARTUP_MS = 30_000;

/**
 * A child process that printed the line its parent waits for. Everything it writes after that is
 * read and dropped at once (the app logs a line per request, as in production), so a full pipe
 * never holds it up and the bench keeps no growing buffer.
 */
interface Started {
  child: ChildProcess;
  line: RegExpExecArray;
  stop: () => Promise<void>;
}

function startProcess(
  args: string[],
  env: Record<string, string>,
  ready: RegExp,
): Promise<Started> {
  const child = spawn(process.execPath, args, {
    cwd: REPO,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  let output = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    if (stderr.length < 10_000) stderr += chunk.toString();
  });
  return new Promise<Started>((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`${args.join(' ')} did not start in time: ${output}${stderr}`));
    }, STARTUP_MS);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const line = ready.exec(output);
      if (!line) return;
      clearTimeout(timer);
      child.stdout.off('data', read);
      child.stdout.resume();
      resolve({ child, line, stop });
    };
    child.stdout.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${args.join(' ')} exited (${code}): ${output}${stderr}`));
    });
  });
}

/** A script of server/bench in its own `node --import tsx`, once it printed its JSON line. */
async function startScript<T>(script: string, env: Record<string, string>) {
  const started = await startProcess(
    ['--import', 'tsx', `server/bench/${script}`],
    env,
    /^(\{.*\})$/m,
  );
  const printed = JSON.parse(started.line[1]!) as T;
  return { ...printed, pid: started.child.pid!, stop: started.stop };
}

export interface SimulatorProcess {
  url: string;
  customerIds: string[];
  pid: number;
  stop(): Promise<void>;
}

/** server/bench/simulator-process.ts: the Komet simulator, accepting `token`. */
export const startSimulatorProcess = (token: string): Promise<SimulatorProcess> =>
  startScript<{ url: string; customerIds: string[] }>('simulator-process.ts', {
    SIMULATOR_TOKEN: token,
  });

export interface BareProxyProcess {
  url: string;
  stop(): Promise<void>;
}

/** server/bench/bare-proxy-process.ts, forwarding to `target`. */
export const startBareProxyProcess = (target: string): Promise<BareProxyProcess> =>
  startScript<{ url: string }>('bare-proxy-process.ts', { TARGET: target });

/** One member of staff: their own loopback address and kept-alive connection, as a browser has. */
export class BenchClient {
  private readonly agent: http.Agent;
  private cookie = '';

  constructor(
    private readonly origin: string,
    address: string,
  ) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets: 1, localAddress: address });
  }

  /** POSTs `body` and reads the whole answer, so a timing covers the complete response. */
  post(
    url: string,
    body: string,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; text: string; cookie?: string }> {
    return new Promise((resolve, reject) => {
      const request = http.request(
        url,
        {
          method: 'POST',
          agent: this.agent,
          headers: {
            accept: 'application/json',
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            origin: this.origin,
            ...(this.cookie ? { cookie: this.cookie } : {}),
            ...headers,
          },
        },
        (response) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (text += chunk));
          response.on('end', () =>
            resolve({
              status: response.statusCode ?? 0,
              text,
              cookie: response.headers['set-cookie']?.[0]?.split(';')[0],
            }),
          );
          response.on('error', reject);
        },
      );
      request.on('error', reject);
      request.end(body);
    });
  }

  async signIn(username: string): Promise<void> {
    const answer = await this.post(
      `${this.origin}/api/session`,
      JSON.stringify({ username, password: PASSWORD }),
    );
    if (answer.status !== 200 || !answer.cookie) {
      throw new Error(`bench sign-in answered ${answer.status}: ${answer.text}`);
    }
    this.cookie = answer.cookie;
  }

  /** An add as the add form sends it: signed in, JSON, a fresh Idempotency-Key. */
  async add(customerId: string, body: string): Promise<void> {
    const answer = await this.post(`${this.origin}/api/customers/${customerId}/contacts`, body, {
      'idempotency-key': randomUUID(),
    });
    if (answer.status !== 201) throw new Error(`app answered ${answer.status}: ${answer.text}`);
  }

  close(): void {
    this.agent.destroy();
  }
}

/** One add in the app as the hook timed it (server/bench/app-profile-hook.mjs). */
export interface AddProfile {
  /** Arrival of the request to the app handing its answer to Node. */
  totalMs: number;
  /** The app process's CPU time (all threads) meanwhile. */
  cpuMs: number;
  kometMs: number;
  logMs: number;
  /** Time in better-sqlite3 calls, by what they were for. */
  sqlite: Record<string, number>;
  /** Milestones, in ms since the request arrived: `session check start`, `komet end`, … */
  marks: Record<string, number>;
}

export interface AppReport {
  /** `synchronous` of each SQLite connection on the file: 0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA. */
  synchronous: number[];
  adds: AddProfile[];
}

export interface AppProcess {
  url: string;
  pid: number;
  /** Signed in, each as a different user from a different loopback address. */
  clients: BenchClient[];
  /** Stops it (SIGTERM, as production is stopped) and returns what the hook recorded. */
  stop(): Promise<AppReport>;
}

export interface AppOptions {
  simulatorUrl: string;
  token: string;
  dataDir: string;
  /** Members of staff to sign in: the app allows each 60 writes a minute, as in production. */
  users: number;
  /** Which 127.0.x.0/24 block their addresses come from, so two apps' clients differ. */
  addressBlock: number;
  /** Forced right after the app opens its file (BENCH_SQLITE_SYNCHRONOUS); else the app's own. */
  synchronous?: 'FULL' | 'NORMAL';
  /** Time each add's parts in the app (BENCH_PROFILE). */
  profile?: boolean;
  /** More options for its `node`, e.g. `--cpu-prof` to look closer by hand. */
  nodeArgs?: string[];
  /** More settings for the app or the hook (LOG_LEVEL, BENCH_STATEMENT_CACHE). */
  env?: Record<string, string>;
}

/**
 * The built server (`node server/dist/index.js`, as `npm start` runs it) in its own process,
 * in live mode against `simulatorUrl`, logging at its default level, on a database file the
 * bench seeded with users beforehand, as the users command does before a live start.
 */
export async function startAppProcess(options: AppOptions): Promise<AppProcess> {
  const usernames = Array.from({ length: options.users }, (_, i) => `bench${i + 1}`);
  const storage = await openStorage({ dataDir: options.dataDir });
  try {
    const passwordHash = await hashPassword(PASSWORD);
    for (const username of usernames) {
      await storage.users.create(
        { username, name: `Bench ${username}`, role: 'sales', passwordHash },
        new Date().toISOString(),
      );
    }
  } finally {
    await storage.close();
  }
  const reportFile = path.join(options.dataDir, 'bench-report.json');
  const started = await startProcess(
    [...(options.nodeArgs ?? []), '--enable-source-maps', '--import', HOOK, 'server/dist/index.js'],
    {
      HOST: '127.0.0.1',
      PORT: '0',
      DATA_DIR: options.dataDir,
      KOMET_API_URL: options.simulatorUrl,
      KOMET_API_TOKEN: options.token,
      // The bench makes thousands of calls on purpose: the daily budget must not stop it.
      KOMET_DAILY_CALLS: '100000000',
      BENCH_REPORT_FILE: reportFile,
      ...(options.synchronous ? { BENCH_SQLITE_SYNCHRONOUS: options.synchronous } : {}),
      ...(options.profile ? { BENCH_PROFILE: '1' } : {}),
      ...options.env,
    },
    /listening on (http:\/\/127\.0\.0\.1:\d+)/,
  );
  const url = started.line[1]!;
  const clients = usernames.map(
    (_, i) => new BenchClient(url, `127.0.${options.addressBlock}.${i + 1}`),
  );
  try {
    await Promise.all(clients.map((client, i) => client.signIn(usernames[i]!)));
  } catch (error) {
    await started.stop();
    throw error;
  }
  return {
    url,
    pid: started.child.pid!,
    clients,
    async stop() {
      for (const client of clients) client.close();
      await started.stop();
      const report = JSON.parse(await readFile(reportFile, 'utf8')) as {
        pragmas: { synchronous: number }[];
        records: AddProfile[];
      };
      return { synchronous: report.pragmas.map((p) => p.synchronous), adds: report.records };
    },
  };
}
