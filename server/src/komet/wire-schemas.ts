import * as z from 'zod';

/** Komet's samples mix numbers and numeric strings (KOMET-API.md): accept both, keep digits as text. */
export const wireId = z
  .union([z.string().regex(/^\d+$/), z.number().int().nonnegative()])
  .transform(String);

/** `status` may be 1, "1", 0 or "0"; "0" is truthy in JavaScript, so compare numerically. */
export const envelopeSchema = z.object({
  status: z.union([z.literal(0), z.literal(1), z.literal('0'), z.literal('1')]).transform(Number),
  message: z
    .string()
    .nullish()
    .transform((message) => message ?? ''),
});

const wireText = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((value) =>
    value === null || value === undefined || value === '' ? undefined : String(value),
  );

const wireBoolean = z
  .union([z.boolean(), z.literal(0), z.literal(1), z.enum(['0', '1', 'true', 'false'])])
  .nullish()
  .transform((value) => value === true || value === 1 || value === '1' || value === 'true');

export const customerWireSchema = z.object({
  id: wireId,
  name: z.string(),
  code: wireText.transform((code) => code ?? ''),
  active: wireBoolean.optional(),
  salesPerson: wireText,
  updatedOn: wireText,
});

/**
 * The answer around the customers. Each one is checked with customerWireSchema on its own, a slice
 * at a time (http-komet.ts): a whole list at once would block requests for a second.
 */
export const customerListSchema = z.object({
  customers: z.custom<unknown[]>((value) => Array.isArray(value)).nullish(),
});

export const contactWireSchema = z.object({
  id: wireId,
  name: z.string(),
  type: z.string(),
  phone: wireText,
  ext: wireText,
  mobile: wireText,
  fax: wireText,
  email: wireText,
  description: wireText,
  instantMessaging: wireText,
  emailPOD: wireBoolean,
});

export const contactListSchema = z.object({ contacts: z.array(contactWireSchema).nullish() });

export const contactSavedSchema = z.object({
  contactId: wireId,
  message: z
    .string()
    .nullish()
    .transform((message) => message ?? ''),
});
