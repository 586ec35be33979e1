export interface Logger {
  info(event: string, fields?: Record<string, unknown>): void;
  error(event: string, fields?: Record<string, unknown>): void;
}

/**
 * One JSON line per event. Every line passes through `redact`, a last guard so that the Komet
 * token cannot reach a log even if some message carried it.
 */
export function createLogger(options: {
  secrets: readonly string[];
  write?: (line: string) => void;
  silent?: boolean;
}): Logger {
  const write = options.write ?? ((line: string) => process.stdout.write(`${line}\n`));
  const secrets = options.secrets
    .filter(Boolean)
    .flatMap((secret) => [secret, encodeURIComponent(secret)]);
  const emit = (level: string, event: string, fields: Record<string, unknown> = {}) => {
    if (options.silent) return;
    let line = JSON.stringify({ time: new Date().toISOString(), level, event, ...fields });
    for (const secret of secrets) line = line.split(secret).join('[redacted]');
    write(line);
  };
  return {
    info: (event, fields) => emit('info', event, fields),
    error: (event, fields) => emit('error', event, fields),
  };
}
