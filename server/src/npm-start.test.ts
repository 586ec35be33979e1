import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnServer, type ServerProcess } from './testing/server-process';

let dataDir: string;
let npm: ServerProcess | undefined;
let started: number[] = [];

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'komet-contacts-npm-start-'));
});
afterEach(async () => {
  // Whatever the outcome, leave no server behind.
  if (npm?.child.exitCode === null) npm.child.kill('SIGKILL');
  for (const pid of started.filter(isRunning)) process.kill(pid, 'SIGKILL');
  started = [];
  await rm(dataDir, { recursive: true, force: true });
});

/** The processes `pid` started, and the ones they started, and so on. */
function descendantsOf(pid: number): number[] {
  const pairs = execFileSync('ps', ['-A', '-o', 'pid=,ppid='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number));
  const children = pairs.filter(([, parent]) => parent === pid).map(([child]) => child!);
  return children.flatMap((child) => [child, ...descendantsOf(child)]);
}

/** Whether `pid` is a live process (a zombie, exited but not yet reaped, is not). */
function isRunning(pid: number): boolean {
  try {
    const state = execFileSync('ps', ['-o', 'stat=', '-p', String(pid)], { encoding: 'utf8' });
    return !state.trim().startsWith('Z');
  } catch {
    return false; // ps exits 1 when there is no such process
  }
}

/** The command line `pid` runs. */
const commandOf = (pid: number) =>
  execFileSync('ps', ['-o', 'args=', '-p', String(pid)], { encoding: 'utf8' }).trim();

/** Whether anything still answers at `url`. */
const answers = (url: string) =>
  fetch(`${url}/api/health`).then(
    () => true,
    () => false,
  );

describe('npm start', { timeout: 30_000 }, () => {
  it('runs the built server with node alone: no TypeScript tooling at run time', async () => {
    npm = spawnServer({ DATA_DIR: dataDir }, { npmStart: true });
    await npm.url;
    const commands = descendantsOf(npm.child.pid!).map(commandOf);
    started = descendantsOf(npm.child.pid!);
    expect(commands).toContainEqual(expect.stringMatching(/^node .*server\/dist\/index\.js$/));
    expect(commands.join('\n')).not.toMatch(/tsx|\.ts\b/);
  });

  it('when the npm process gets SIGTERM, then the server it started stops too and the port no longer answers', async () => {
    npm = spawnServer({ DATA_DIR: dataDir }, { npmStart: true });
    const url = await npm.url;
    started = descendantsOf(npm.child.pid!);
    expect(started).not.toEqual([]);
    expect(await answers(url)).toBe(true);

    npm.child.kill('SIGTERM');
    const { code, output } = await npm.exited;
    expect(output).toContain('stopping (SIGTERM)');
    expect(code).toBe(0);
    expect(started.filter(isRunning)).toEqual([]);
    expect(await answers(url)).toBe(false);
  });
});
