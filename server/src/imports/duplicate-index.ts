import type { Contact, DuplicateMatch } from '../contract';
import { emailKey, findDuplicates, phoneKeys } from '../contract/duplicates';
import { foldText } from '../contract/fold-text';

type Draft = Parameters<typeof findDuplicates>[0];

/**
 * The add form's duplicate rules (contract/duplicates.ts) over many contacts at once: each
 * contact's e-mail, folded name and phone digits are keys, so a row is compared only with the
 * contacts sharing one. Checking 5,000 rows against each other one by one took seconds, during
 * which the server answered no one.
 */
export class DuplicateIndex {
  private readonly order = new Map<Contact, number>();
  private readonly byKey = new Map<string, Contact[]>();

  constructor(contacts: readonly Contact[] = []) {
    for (const contact of contacts) this.add(contact);
  }

  add(contact: Contact): void {
    this.order.set(contact, this.order.size);
    for (const key of keysOf(contact)) {
      const list = this.byKey.get(key);
      if (list) list.push(contact);
      else this.byKey.set(key, [contact]);
    }
  }

  /** The same matches, in the same order, as `findDuplicates(draft, contacts)`. */
  find(draft: Draft): DuplicateMatch[] {
    const candidates = new Set<Contact>();
    for (const key of keysOf(draft)) {
      for (const contact of this.byKey.get(key) ?? []) candidates.add(contact);
    }
    if (candidates.size === 0) return [];
    const inOrder = [...candidates].sort((a, b) => this.order.get(a)! - this.order.get(b)!);
    return findDuplicates(draft, inOrder);
  }
}

/** Every key on which findDuplicates could match: a match shares at least one. */
function keysOf(contact: Draft): string[] {
  const keys: string[] = [];
  const email = emailKey(contact.email);
  if (email) keys.push(`e:${email}`);
  const name = contact.name ? foldText(contact.name) : '';
  if (name) keys.push(`n:${name}`);
  for (const number of phoneKeys(contact.phone, contact.mobile)) keys.push(`p:${number}`);
  return keys;
}
