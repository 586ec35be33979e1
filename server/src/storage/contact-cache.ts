import type { Contact } from '../contract';
import type { Komet } from '../komet/komet';

interface Entry {
  contacts: Contact[];
  fetchedAt: number;
}

/**
 * Each customer's contacts as last read from Komet, kept a few minutes so that opening a
 * customer page again, or checking a new contact for duplicates, costs no quota. Writes through
 * this app update or drop the entry, so what users see after saving is never stale.
 */
export class ContactCache {
  private entries = new Map<string, Entry>();
  private inFlight = new Map<string, Promise<Entry>>();
  // Bumped by every write: a read that started before a write must not store its older list.
  private generations = new Map<string, number>();
  private readonly now: () => number;

  constructor(
    private readonly komet: Komet,
    private readonly maxAgeMs: number,
    now?: () => number,
  ) {
    this.now = now ?? Date.now;
  }

  /** The cached list while fresh, else one `customer.contact.list` call shared by concurrent readers. */
  async list(customerId: string): Promise<Entry> {
    const cached = this.entries.get(customerId);
    if (cached && this.now() - cached.fetchedAt < this.maxAgeMs) return cached;
    return this.inFlight.get(customerId) ?? this.read(customerId);
  }

  /** What is cached, however old, without asking Komet (undefined when nothing is). */
  peek(customerId: string): Contact[] | undefined {
    return this.entries.get(customerId)?.contacts;
  }

  /** Always asks Komet, e.g. to check a contact just before overwriting it. */
  read(customerId: string): Promise<Entry> {
    const generation = this.generation(customerId);
    const fetchedAt = this.now();
    const pending = this.komet.listContacts(customerId).then((contacts) => {
      const entry = { contacts, fetchedAt };
      if (this.generation(customerId) === generation) this.entries.set(customerId, entry);
      return entry;
    });
    this.inFlight.set(customerId, pending);
    const settled = () => {
      if (this.inFlight.get(customerId) === pending) this.inFlight.delete(customerId);
    };
    pending.then(settled, settled);
    return pending;
  }

  /** After a save we know the record exactly: no re-read needed. */
  saved(customerId: string, contact: Contact): void {
    this.bump(customerId);
    const cached = this.entries.get(customerId);
    if (!cached) return;
    const others = cached.contacts.filter((existing) => existing.id !== contact.id);
    const known = others.length < cached.contacts.length;
    const contacts = known
      ? cached.contacts.map((existing) => (existing.id === contact.id ? contact : existing))
      : [...others, contact];
    this.entries.set(customerId, { ...cached, contacts });
  }

  /** After Komet confirmed a delete: the contact is gone, no re-read needed. */
  deleted(customerId: string, contactId: string): void {
    this.bump(customerId);
    const cached = this.entries.get(customerId);
    if (!cached) return;
    const contacts = cached.contacts.filter((existing) => existing.id !== contactId);
    this.entries.set(customerId, { ...cached, contacts });
  }

  /** After a write that may or may not have happened, only Komet knows: read it next time. */
  forget(customerId: string): void {
    this.bump(customerId);
    this.entries.delete(customerId);
  }

  private generation(customerId: string): number {
    return this.generations.get(customerId) ?? 0;
  }

  private bump(customerId: string): void {
    this.generations.set(customerId, this.generation(customerId) + 1);
    this.inFlight.delete(customerId);
  }
}
