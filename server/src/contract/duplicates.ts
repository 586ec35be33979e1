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
  ext?: string | undefined;
  mobile?: string | undefined;
}

// Fewer digits than this are extensions or typos, not a number two contacts could share.
const MIN_PHONE_DIGITS = 6;

export const emailKey = (email: string | undefined) => email?.trim().toLowerCase() || undefined;

const digits = (number: string | undefined) => (number ?? '').replace(/\D/g, '');

export function phoneKeys(...numbers: (string | undefined)[]): Set<string> {
  return new Set(numbers.map(digits).filter((value) => value.length >= MIN_PHONE_DIGITS));
}

/** A phone or mobile in common; one switchboard with two different extensions is two people. */
function sharesNumber(draft: DraftForDuplicates, contact: Contact): boolean {
  const draftNumbers = phoneKeys(draft.phone, draft.mobile);
  const ours = draft.ext?.trim();
  const theirs = contact.ext?.trim();
  const otherExtension = Boolean(ours && theirs && ours !== theirs);
  for (const number of phoneKeys(contact.phone, contact.mobile)) {
    if (!draftNumbers.has(number)) continue;
    const onlySwitchboard =
      number === digits(draft.phone) &&
      number === digits(contact.phone) &&
      number !== digits(draft.mobile) &&
      number !== digits(contact.mobile);
    if (!(onlySwitchboard && otherExtension)) return true;
  }
  return false;
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
  const name = draft.name ? foldText(draft.name) : '';
  const matches: DuplicateMatch[] = [];
  for (const contact of contacts) {
    if (contact.id === exceptId) continue;
    const reasons: DuplicateReason[] = [];
    if (email && emailKey(contact.email) === email) reasons.push('email');
    if (sharesNumber(draft, contact)) reasons.push('phone');
    if (name && foldText(contact.name) === name) reasons.push('name');
    if (reasons.length > 0) matches.push({ contact, reasons });
  }
  return matches;
}
