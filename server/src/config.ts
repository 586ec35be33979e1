import * as z from 'zod';

const list = (value: string) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

const envSchema = z.object({
  KOMET_API_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
    // The token rides in every request: plain http only to this machine (a local test double).
    .refine(
      (url) =>
        url.startsWith('https:') ||
        /^http:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:|\/|$)/.test(url),
      'must use https (http is allowed only for 127.0.0.1, localhost or [::1])',
    )
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
  CUSTOMER_REFRESH_SECONDS: z.coerce
    .number({ error: 'must be a number of seconds' })
    .int('must be a whole number of seconds')
    .min(10, 'must be at least 10 seconds')
    .default(300),
  CONTACTS_CACHE_SECONDS: z.coerce
    .number({ error: 'must be a number of seconds' })
    .int('must be a whole number of seconds')
    .min(0, 'must be 0 or more seconds')
    .default(180),
  LOG_LEVEL: z.enum(['silent', 'info']).default('info'),
});

export type Config = Readonly<z.output<typeof envSchema>>;

/** Parses an environment; throws one message listing every bad key. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const result = envSchema.safeParse(env);
  if (result.success) return Object.freeze(result.data);
  const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
}

/** The only reader of `process.env`. */
export function loadConfig(): Config {
  return parseConfig(process.env);
}
