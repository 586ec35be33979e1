import { createServer } from 'node:net';
import { spawnServer, type ServerProcess } from '../src/testing/server-process';

/** A port free on loopback right now, so a restarted process can come back on the same one. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * App processes as production runs them (their own `node`, on a fixed port each, one database),
 * which the soak stops and starts again under load.
 */
export class AppFleet {
  private readonly processes: ServerProcess[] = [];

  private constructor(
    private readonly env: Record<string, string>,
    readonly urls: string[],
  ) {}

  static async start(count: number, env: Record<string, string>): Promise<AppFleet> {
    const ports = [];
    for (let i = 0; i < count; i++) ports.push(await freePort());
    const fleet = new AppFleet(
      env,
      ports.map((port) => `http://127.0.0.1:${port}`),
    );
    await Promise.all(ports.map((_port, index) => fleet.launch(index)));
    return fleet;
  }

  /**
   * Stops process `index` with `signal` (SIGTERM: graceful; SIGKILL: no chance to finish
   * anything) and starts it again on the same port. Returns how long it was gone.
   */
  async restart(index: number, signal: 'SIGTERM' | 'SIGKILL'): Promise<number> {
    const started = performance.now();
    const running = this.processes[index]!;
    running.child.kill(signal);
    const { code, output } = await running.exited;
    if (signal === 'SIGTERM' && code !== 0) {
      throw new Error(`app process ${index} did not stop cleanly (${code}): ${output}`);
    }
    await this.launch(index);
    return performance.now() - started;
  }

  async stop(): Promise<void> {
    await Promise.all(
      this.processes.map(async (running) => {
        if (running.child.exitCode === null && running.child.signalCode === null) {
          running.child.kill('SIGTERM');
        }
        await running.exited;
      }),
    );
  }

  private async launch(index: number): Promise<void> {
    const port = new URL(this.urls[index]!).port;
    const running = spawnServer({ ...this.env, PORT: port });
    this.processes[index] = running;
    const url = await running.url;
    if (url !== this.urls[index]) throw new Error(`app process came up on ${url}, not ${port}`);
  }
}
