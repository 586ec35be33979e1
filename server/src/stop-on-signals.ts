import { constants } from 'node:os';

type StopSignal = 'SIGINT' | 'SIGTERM';

export interface StopOnSignalsOptions {
  /** The graceful stop; resolves once requests in flight are done and storage is closed. */
  stop: () => Promise<void>;
  /** How long `stop` lets requests in flight run, for the message. */
  graceMs: number;
  exit: (code: number) => void;
  say: (line: string) => void;
  now?: () => number;
  /** Where signals arrive: the process, or a stand-in in tests. */
  signals?: Pick<NodeJS.EventEmitter, 'on'>;
}

/**
 * Copies of one signal arriving this close together are one request to stop. Ctrl+C in a
 * terminal reaches the server twice under `npm start`: the terminal signals the whole process
 * group and npm forwards its own copy; a service manager signalling every process of a service
 * does the same. Those copies arrive within milliseconds; a person insisting comes later.
 */
export const REPEAT_WINDOW_MS = 1000;

/**
 * SIGTERM or SIGINT stops the server gracefully and exits 0 (1 if stopping failed); another
 * signal, REPEAT_WINDOW_MS or more after the first, exits at once with the usual 128 + signal.
 */
export function stopOnSignals(options: StopOnSignalsOptions): void {
  const now = options.now ?? (() => performance.now());
  let firstAt: number | undefined;

  const onSignal = (signal: StopSignal) => {
    if (firstAt === undefined) {
      firstAt = now();
      // Stop first: by the time the line is read, the server no longer accepts connections.
      const stopped = options.stop();
      const seconds = Math.ceil(options.graceMs / 1000);
      options.say(
        `komet-contacts stopping (${signal}): no new connections, requests in flight have up to ${seconds} s; send the signal again to stop at once`,
      );
      stopped.then(
        () => options.exit(0),
        (error: unknown) => {
          options.say(`komet-contacts did not stop cleanly: ${String(error)}`);
          options.exit(1);
        },
      );
      return;
    }
    if (now() - firstAt < REPEAT_WINDOW_MS) return;
    options.say(`komet-contacts stopping at once (${signal} again)`);
    options.exit(128 + constants.signals[signal]);
  };

  const signals = options.signals ?? process;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) signals.on(signal, () => onSignal(signal));
}
