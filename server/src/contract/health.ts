import * as z from 'zod/mini';

/** Signed out, health says only `{ status }`; the rest is for signed-in users. */
export const healthSchema = z.object({
  status: z.literal('ok'),
  /** `simulator` when no Komet token is configured: the UI must say so. */
  komet: z.optional(z.enum(['simulator', 'live'])),
  customers: z.optional(z.object({ count: z.number(), refreshedAt: z.nullable(z.string()) })),
  /**
   * Whether Komet answers: `down` while the server has stopped calling it after repeated
   * failures, `degraded` when its last call failed, `ok` when its last call was answered.
   */
  kometState: z.optional(z.enum(['ok', 'degraded', 'down'])),
  /** ISO 8601, when Komet last answered a call; null if not since the server started. */
  kometReachedAt: z.optional(z.nullable(z.string())),
});
export type Health = z.infer<typeof healthSchema>;
