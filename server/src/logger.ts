import pino from 'pino';
import { redactor } from './redact';

export interface Logger {
  info(event: string, fields?: Record<string, unknown>): void;
  error(event: string, fields?: Record<string, unknown>): void;
}

/** Keys whose values never reach a log line, wherever they appear. */
const REDACTED_PATHS = [
  'password',
  'token',
  'cookie',
  'sessionId',
  'authenticationToken',
  '*.password',
  '*.token',
  '*.cookie',
  '*.sessionId',
  '*.authenticationToken',
  'headers.cookie',
  'headers["set-cookie"]',
];

/**
 * pino JSON lines. Secret-bearing keys are censored by configuration, and every finished line
 * passes through `redact` too: a last guard so that the Komet token cannot reach a log even if
 * some message carried it.
 */
export function createLogger(options: {
  secrets: readonly string[];
  write?: (line: string) => void;
  silent?: boolean;
}): Logger {
  const write = options.write ?? ((line: string) => process.stdout.write(`${line}\n`));
  const redact = redactor(options.secrets);
  const log = pino(
    {
      level: options.silent ? 'silent' : 'info',
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    },
    { write: (line: string) => write(redact(line.replace(/\n$/, ''))) },
  );
  return {
    info: (event, fields = {}) => log.info({ event, ...fields }),
    error: (event, fields = {}) => log.error({ event, ...fields }),
  };
}
