import type { Contact } from '../contract';
import type { Komet } from '../komet/komet';

interface Entry {
  contacts: Contact[];
  fetchedAt: number;
}

/**
 * Each customer's contacts as last read from Komet, kept a few minutes so that opening a
 * customer page again, or checking a new contact for duplicates, costs no quota. Writes through
 * this app replace or drop the entry, so what users see after saving is never stale.
 */
export class ContactCache {
  private entries = new Map<string, Entry>();
  private inFlight = new Map<string, Promise<Entry>>();
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
    return this.read(customerId);
  }

  /** Always asks Komet, e.g. to check a contact just before overwriting it. */
  read(customerId: string): Promise<Entry> {
    let pending = this.inFlight.get(customerId);
    if (!pending) {
      const fetchedAt = this.now();
      pending = this.komet
        .listContacts(customerId)
        .then((contacts) => this.remember(customerId, { contacts, fetchedAt }))
        .finally(() => this.inFlight.delete(customerId));
      this.inFlight.set(customerId, pending);
    }
    return pending;
  }

  /** After an update we know the new record exactly: no re-read needed. */
  replace(customerId: string, contact: Contact): void {
    const cached = this.entries.get(customerId);
    if (!cached) return;
    const contacts = cached.contacts.map((existing) =>
      existing.id === contact.id ? contact : existing,
    );
    this.entries.set(customerId, { ...cached, contacts });
  }

  /** After an add the next read asks Komet: the list it returns is the truth. */
  forget(customerId: string): void {
    this.entries.delete(customerId);
  }

  private remember(customerId: string, entry: Entry): Entry {
    this.entries.set(customerId, entry);
    return entry;
  }
}
