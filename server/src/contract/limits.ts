/**
 * Komet's field limits, without zod, so the browser can show counters before the validation
 * code has loaded.
 */

/** Limits of `customer.contact.add` / `update`, in UTF-16 code units (KOMET-API.md). */
export const CONTACT_LIMITS = {
  name: 200,
  type: 200,
  phone: 200,
  ext: 50,
  mobile: 50,
  fax: 50,
  email: 50,
  description: 200,
  instantMessaging: 200,
} as const;

export type ContactTextField = keyof typeof CONTACT_LIMITS;

/**
 * Komet does not say whether its limits count characters, code points or bytes. We count UTF-16
 * code units (a JavaScript string's `length`): the stricter reading for emoji and non-Latin text,
 * and the same unit in the browser and on the server. See KOMET-API.md, "What the docs leave open".
 */
export const kometLength = (value: string): number => value.length;
