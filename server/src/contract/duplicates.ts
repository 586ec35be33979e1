import type { Contact } from './contact-record';
import { foldText } from './fold-text';

export type DuplicateReason = 'email' | 'phone' | 'name';

export interface DuplicateMatch {
  contact: Contact;
  reasons: DuplicateReason[];
}

interface DraftForDuplicates {
  name?: string | undefined;
  email?: string | undefined;
  phone?: string | undefined;
  mobile?: string | undefined;
}

// Fewer digits than this are extensions or typos, not a number two contacts could share.
const MIN_PHONE_DIGITS = 6;

const emailKey = (email: string | undefined) => email?.trim().toLowerCase() || undefined;

function phoneKeys(...numbers: (string | undefined)[]): Set<string> {
  const digits = numbers.map((number) => (number ?? '').replace(/\D/g, ''));
  return new Set(digits.filter((value) => value.length >= MIN_PHONE_DIGITS));
}

/**
 * Existing contacts that look like the one about to be added: same e-mail (case ignored), a
 * phone or mobile with the same digits, or the same name ignoring case, accents and spacing.
 * `exceptId` leaves out the contact being edited.
 */
export function findDuplicates(
  draft: DraftForDuplicates,
  contacts: readonly Contact[],
  exceptId?: string,
): DuplicateMatch[] {
  const email = emailKey(draft.email);
  const phones = phoneKeys(draft.phone, draft.mobile);
  const name = draft.name ? foldText(draft.name) : '';
  const matches: DuplicateMatch[] = [];
  for (const contact of contacts) {
    if (contact.id === exceptId) continue;
    const reasons: DuplicateReason[] = [];
    if (email && emailKey(contact.email) === email) reasons.push('email');
    if ([...phoneKeys(contact.phone, contact.mobile)].some((phone) => phones.has(phone))) {
      reasons.push('phone');
    }
    if (name && foldText(contact.name) === name) reasons.push('name');
    if (reasons.length > 0) matches.push({ contact, reasons });
  }
  return matches;
}
