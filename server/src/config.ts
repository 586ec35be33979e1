import * as z from 'zod';

/** Loopback names as `URL.hostname` spells them. */
export function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}

const list = (value: string) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/** A whole number of some unit (seconds, hours, days), at least `min`. */
const wholeNumber = (what: string, min: number) =>
  z.coerce
    .number({ error: `must be a number of ${what}` })
    .int(`must be a whole number of ${what}`)
    .min(min, `must be at least ${min} ${what}`);

const trustProxy = z
  .string()
  .trim()
  .default('false')
  .transform((value): boolean | number | string[] => {
    if (value === 'false' || value === '') return false;
    if (value === 'true') return true;
    if (/^\d+$/.test(value)) return Number(value);
    return list(value);
  });

const envSchema = z.object({
  KOMET_API_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
    // The token rides in every request: plain http only to this machine (a local test double).
    // Judged on the parsed URL: a pattern on the text let `http://localhost:1@host/` through.
    .refine((url) => {
      const parsed = new URL(url);
      return parsed.protocol === 'https:' || isLoopbackHost(parsed.hostname);
    }, 'must use https (http is allowed only for 127.0.0.1, localhost or [::1])')
    .default('https://api.kometsales.com/api'),
  // An empty token counts as none, so `KOMET_API_TOKEN=` selects the simulator explicitly.
  KOMET_API_TOKEN: z
    .string()
    .trim()
    .max(50, 'must be at most 50 characters (Komet tokens are)')
    .optional()
    .transform((token) => token || undefined),
  PORT: z.coerce
    .number({ error: 'must be a port number' })
    .int()
    .min(0)
    .max(65535, 'must be a port number (0-65535)')
    .default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  CONTACT_TYPES: z
    .string()
    .default('A/P,Buyer')
    .transform(list)
    .refine((types) => types.length > 0, 'must name at least one contact type')
    .refine(
      (types) => types.every((type) => type.length <= 200),
      'each type is at most 200 characters',
    ),
  KOMET_TIMEOUT_MS: z.coerce
    .number({ error: 'must be a number of milliseconds' })
    .int('must be a whole number of milliseconds')
    .min(100, 'must be at least 100 ms')
    .max(120_000, 'must be at most 120000 ms')
    .default(15_000),
  CUSTOMER_REFRESH_SECONDS: wholeNumber('seconds', 10).default(300),
  CONTACTS_CACHE_SECONDS: wholeNumber('seconds', 0).default(180),
  LOG_LEVEL: z.enum(['silent', 'info']).default('info'),
  /** The app's own state (users, sessions, audit trail) lives in a SQLite file here. */
  DATA_DIR: z.string().trim().min(1, 'must name a folder').default('./data'),
  /** PostgreSQL instead of the SQLite file, for several app processes on one database. */
  DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .transform((url) => url || undefined)
    .refine(
      (url) => url === undefined || /^postgres(ql)?:\/\/[^\s]+$/.test(url),
      'must be a postgres:// URL',
    ),
  /** The first wait before an add kept in the outbox is sent again; it doubles up to an hour. */
  OUTBOX_RETRY_SECONDS: wholeNumber('seconds', 1).default(30),
  SESSION_IDLE_HOURS: wholeNumber('hours', 1).default(8),
  SESSION_MAX_DAYS: wholeNumber('days', 1).default(7),
  // Behind a reverse proxy, `true`, a hop count or a list of proxy addresses (Express's setting).
  TRUST_PROXY: trustProxy,
  /** The origin staff type in the browser, e.g. `https://contacts.example.com`. */
  PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
    .transform((url) => new URL(url).origin)
    .optional(),
  /** Host names the server answers to (DNS rebinding); the loopback names and PUBLIC_URL's always. */
  ALLOWED_HOSTS: z.string().default('').transform(list),
  /** Our own ceiling on Komet calls per UTC day (KOMET-API.md: about 1,000 per paid user). */
  KOMET_DAILY_CALLS: z.coerce
    .number({ error: 'must be a number of calls' })
    .int('must be a whole number of calls')
    .min(1, 'must be at least 1')
    .default(1000),
});

export type Config = Readonly<z.output<typeof envSchema>>;

/** Parses an environment; throws one message with a line for each bad key. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const result = envSchema.safeParse(env);
  if (result.success) return Object.freeze(result.data);
  const lines = result.error.issues.map(
    (issue) => `Invalid setting ${issue.path.join('.')}: ${issue.message}`,
  );
  throw new Error(lines.join('\n'));
}

/** The only reader of `process.env`. */
export function loadConfig(): Config {
  return parseConfig(process.env);
}

/** What the users command needs: the same storage as the server, without the server's settings. */
export function loadStorageConfig(): Pick<Config, 'DATA_DIR' | 'DATABASE_URL'> {
  const { DATA_DIR, DATABASE_URL } = process.env;
  return parseConfig({ DATA_DIR, DATABASE_URL });
}

/** The database the configuration names: PostgreSQL when DATABASE_URL is set, else DATA_DIR. */
export function storageLocation(
  config: Pick<Config, 'DATA_DIR' | 'DATABASE_URL'>,
): { databaseUrl: string } | { dataDir: string } {
  return config.DATABASE_URL ? { databaseUrl: config.DATABASE_URL } : { dataDir: config.DATA_DIR };
}

/** Host names a request may be addressed to: the loopback names, PUBLIC_URL's, ALLOWED_HOSTS. */
export function allowedHosts(config: Config): Set<string> {
  const hosts = new Set(['localhost', '127.0.0.1', '[::1]', ...config.ALLOWED_HOSTS]);
  if (config.PUBLIC_URL) hosts.add(new URL(config.PUBLIC_URL).hostname);
  return new Set([...hosts].map((host) => host.toLowerCase()));
}

/**
 * For the storage tests only: a PostgreSQL server they may create throwaway databases on
 * (`.ci/run` starts one). Unset, they run on SQLite alone.
 */
export function testDatabaseUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || undefined;
}
