import { CONTACT_FIELDS, type Contact, type ContactInput } from '../contract';
import type { ContactCache } from '../storage/contact-cache';

const comparable = (value: string | boolean | undefined) =>
  typeof value === 'string' ? value.trim() : value;

/** Whether a listed contact carries every submitted field, equal after trimming. */
export function matchesSubmitted(candidate: Contact, submitted: ContactInput): boolean {
  return CONTACT_FIELDS.every((field) => {
    const sent = submitted[field];
    if (sent === undefined) return true;
    if (field === 'emailPOD') return Boolean(candidate.emailPOD) === sent;
    return comparable(candidate[field]) === comparable(sent);
  });
}

/** Ids of contacts already in the cached list that a submission would match (no Komet call). */
export function identicalBefore(cache: ContactCache, customerId: string, contact: ContactInput) {
  const cached = cache.peek(customerId);
  return cached ? cached.filter((c) => matchesSubmitted(c, contact)).map((c) => c.id) : null;
}

/**
 * After an add whose outcome is unknown: reads the customer's contacts from Komet (one call)
 * and returns the id of the submitted contact if Komet has it. A matching contact that existed
 * before the attempt is someone else's and does not count. Throws when Komet cannot be read.
 */
export async function findInKomet(
  cache: ContactCache,
  customerId: string,
  contact: ContactInput,
  beforeIds: readonly string[] | null,
): Promise<string | undefined> {
  const { contacts } = await cache.read(customerId);
  const ours = contacts.filter(
    (candidate) => matchesSubmitted(candidate, contact) && !beforeIds?.includes(candidate.id),
  );
  // Komet's ids grow: if several match, the newest is the one this attempt made.
  return ours
    .map((c) => c.id)
    .sort((a, b) => a.length - b.length || a.localeCompare(b))
    .at(-1);
}
