import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { REPEAT_WINDOW_MS, stopOnSignals } from './stop-on-signals';

/** A process stand-in: signals are emitted by the test, time moves when the test says. */
function harness(stop: () => Promise<void> = () => new Promise(() => undefined)) {
  const signals = new EventEmitter();
  const exits: number[] = [];
  const said: string[] = [];
  let now = 0;
  stopOnSignals({
    stop,
    graceMs: 16_000,
    exit: (code) => exits.push(code),
    say: (line) => said.push(line),
    now: () => now,
    signals,
  });
  return {
    signal: (name: 'SIGINT' | 'SIGTERM') => signals.emit(name),
    later: (ms: number) => (now += ms),
    exits,
    said,
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('stopping on a signal', () => {
  it('when SIGTERM arrives, then the server stops gracefully, says for how long at most, and exits 0', async () => {
    const server = harness(() => Promise.resolve());
    server.signal('SIGTERM');
    await settle();
    expect(server.said).toEqual([
      'komet-contacts stopping (SIGTERM): no new connections, requests in flight have up to 16 s; send the signal again to stop at once',
    ]);
    expect(server.exits).toEqual([0]);
  });

  it('when the stop fails, then it says why and exits 1', async () => {
    const server = harness(() => Promise.reject(new Error('database gone')));
    server.signal('SIGINT');
    await settle();
    expect(server.said.at(-1)).toBe('komet-contacts did not stop cleanly: Error: database gone');
    expect(server.exits).toEqual([1]);
  });

  it('when a copy of the signal follows at once (a terminal and npm both sending Ctrl+C), then the stop goes on', () => {
    const server = harness();
    server.signal('SIGINT');
    server.later(5);
    server.signal('SIGINT');
    server.later(REPEAT_WINDOW_MS - 10);
    server.signal('SIGTERM');
    expect(server.exits).toEqual([]);
  });

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)(
    'when %s comes again later, then the process exits at once with %i',
    (signal, code) => {
      const server = harness();
      server.signal('SIGTERM');
      server.later(REPEAT_WINDOW_MS);
      server.signal(signal);
      expect(server.exits).toEqual([code]);
      expect(server.said.at(-1)).toBe(`komet-contacts stopping at once (${signal} again)`);
    },
  );
});
