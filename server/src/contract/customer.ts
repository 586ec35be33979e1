import * as z from 'zod/mini';

/** `01228` and `1228` are one id: leading zeros go, so caches and the audit trail agree. */
const canonicalDigits = z.overwrite((digits: string) => digits.replace(/^0+(?=\d)/, ''));

/**
 * Komet customer ids are integers of up to 20 digits, more than a JavaScript number holds exactly
 * (2^53 has 16 digits). Inside our app they travel as digit strings, never as numbers.
 */
export const customerIdSchema = z
  .string({ error: 'Choose a customer' })
  .check(
    z.minLength(1, { error: 'Choose a customer', abort: true }),
    z.regex(/^\d{1,20}$/, 'A customer id is 1 to 20 digits'),
    canonicalDigits,
  );

/** Contact ids, like customer ids, are digit strings of up to 20 digits. */
export const contactIdSchema = z
  .string()
  .check(z.regex(/^\d{1,20}$/, 'A contact id is 1 to 20 digits'), canonicalDigits);

export const customerSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  code: z.string(),
  active: z.boolean(),
  salesPerson: z.optional(z.string()),
});
export type CustomerSummary = z.infer<typeof customerSummarySchema>;

export const customerSearchResponseSchema = z.object({
  customers: z.array(customerSummarySchema),
  /** How many customers matched in all; `customers` holds the best few. */
  total: z.number(),
  /** How many inactive customers match too, left out because `includeInactive` was not asked for; absent when none. */
  inactive: z.optional(z.number()),
});
export type CustomerSearchResponse = z.infer<typeof customerSearchResponseSchema>;
