import { StartupError } from './auth/first-users';
import { isLoopbackHost, loadConfig, type Config } from './config';
import { DatabaseOpenError } from './db/database';
import { startServer } from './server';
import { stopOnSignals } from './stop-on-signals';

/** Start-up failures a person can fix: said in their words, without a stack trace. */
function explain(error: unknown, config: Config): string | undefined {
  if (error instanceof StartupError || error instanceof DatabaseOpenError) return error.message;
  const code = (error as { code?: unknown }).code;
  if (code === 'EADDRINUSE') {
    return `Port ${config.PORT} on ${config.HOST} is already in use: stop what runs there or set PORT.`;
  }
  if (code === 'EADDRNOTAVAIL') return `HOST ${config.HOST} is not an address of this machine.`;
  return undefined;
}

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

let server;
try {
  server = await startServer(config);
} catch (error) {
  const reason = explain(error, config);
  if (!reason) throw error;
  console.error(reason);
  process.exit(1);
}
// Listening for signals before saying we listen: whoever waits for that line may stop us at once.
const running = server;
// Long enough for a Komet call that has just begun to end, and for its answer to reach the user.
const graceMs = config.KOMET_TIMEOUT_MS + 1000;
stopOnSignals({
  stop: () => running.close({ graceMs }),
  graceMs,
  exit: (code) => process.exit(code),
  say: (line) => console.log(line),
});

const mode = server.simulator
  ? 'the built-in Komet simulator (no KOMET_API_TOKEN set)'
  : `Komet at ${config.KOMET_API_URL}`;
console.log(`komet-contacts listening on ${server.url}, talking to ${mode}`);
if (!isLoopbackHost(config.HOST) && !config.PUBLIC_URL && config.ALLOWED_HOSTS.length === 0) {
  // Requests addressed to any other name get 421 (DNS rebinding): say so before someone wonders.
  console.warn(
    `Listening on ${config.HOST}, but only localhost names are answered: set PUBLIC_URL (or ALLOWED_HOSTS) to the address staff use.`,
  );
}
