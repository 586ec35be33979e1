import * as z from 'zod/mini';

export const healthSchema = z.object({
  status: z.literal('ok'),
  /** `simulator` when no Komet token is configured: the UI must say so. */
  komet: z.enum(['simulator', 'live']),
  customers: z.object({ count: z.number(), refreshedAt: z.nullable(z.string()) }),
});
export type Health = z.infer<typeof healthSchema>;
