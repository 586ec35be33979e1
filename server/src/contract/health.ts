import * as z from 'zod/mini';

/** Signed out, health says only `{ status }`; the rest is for signed-in users. */
export const healthSchema = z.object({
  status: z.literal('ok'),
  /** `simulator` when no Komet token is configured: the UI must say so. */
  komet: z.optional(z.enum(['simulator', 'live'])),
  customers: z.optional(z.object({ count: z.number(), refreshedAt: z.nullable(z.string()) })),
});
export type Health = z.infer<typeof healthSchema>;
