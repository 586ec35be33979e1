import type { Contact } from '../contract';
import type { Komet } from '../komet/komet';
import { BoundedCache, roughSizeOf, type CacheBounds } from './bounded-cache';

interface Entry {
  contacts: Contact[];
  fetchedAt: number;
}

/**
 * 16 MiB holds over 30,000 contacts as `roughSizeOf` counts them (300-500 B each): some 30 for
 * each of 1,000 customers, or one customer's thousands on its own. A list kept after it stops
 * being fresh still serves `peek` (what an add's outcome is checked against) for 15 minutes.
 */
export const CONTACT_CACHE_BOUNDS: CacheBounds = {
  maxEntries: 1_000,
  maxBytes: 16 * 1024 * 1024,
  ttlMs: 15 * 60_000,
};

export interface ContactCacheOptions {
  now?: () => number;
  /** Defaults: CONTACT_CACHE_BOUNDS; the expiry is never shorter than the freshness. */
  bounds?: Partial<CacheBounds>;
}

/** Reads under way for one customer; a write marks them overtaken, so their lists are not kept. */
interface Epoch {
  reads: number;
  overtaken: boolean;
}

/**
 * Each customer's contacts as last read from Komet, kept a few minutes so that opening a
 * customer page again, or checking a new contact for duplicates, costs no quota. Writes through
 * this app update or drop the entry, so what users see after saving is never stale.
 */
export class ContactCache {
  private readonly entries: BoundedCache<string, Entry>;
  private readonly inFlight = new Map<string, Promise<Entry>>();
  // Only customers with a read under way: a map of every customer ever written would grow.
  private readonly epochs = new Map<string, Epoch>();
  private readonly now: () => number;

  constructor(
    private readonly komet: Komet,
    private readonly maxAgeMs: number,
    options: ContactCacheOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    const bounds = { ...CONTACT_CACHE_BOUNDS, ...options.bounds };
    this.entries = new BoundedCache(
      { ...bounds, ttlMs: Math.max(bounds.ttlMs, maxAgeMs) },
      { sizeOf: (entry) => roughSizeOf(entry.contacts), now: this.now },
    );
  }

  /** The cached list while fresh, else one `customer.contact.list` call shared by concurrent readers. */
  async list(customerId: string): Promise<Entry> {
    const cached = this.entries.get(customerId);
    if (cached && this.now() - cached.fetchedAt < this.maxAgeMs) return cached;
    return this.inFlight.get(customerId) ?? this.read(customerId);
  }

  /** What is cached, fresh or not, without asking Komet (undefined: nothing, or expired). */
  peek(customerId: string): Contact[] | undefined {
    return this.entries.get(customerId)?.contacts;
  }

  /** Always asks Komet, e.g. to check a contact just before overwriting it. */
  read(customerId: string): Promise<Entry> {
    const epoch = this.epochs.get(customerId) ?? { reads: 0, overtaken: false };
    this.epochs.set(customerId, epoch);
    epoch.reads++;
    const fetchedAt = this.now();
    const pending = this.komet.listContacts(customerId).then((contacts) => {
      const entry = { contacts, fetchedAt };
      if (!epoch.overtaken) this.entries.set(customerId, entry);
      return entry;
    });
    this.inFlight.set(customerId, pending);
    const settled = () => {
      if (this.inFlight.get(customerId) === pending) this.inFlight.delete(customerId);
      if (--epoch.reads === 0 && this.epochs.get(customerId) === epoch) {
        this.epochs.delete(customerId);
      }
    };
    pending.then(settled, settled);
    return pending;
  }

  /** After a save we know the record exactly: no re-read needed. */
  saved(customerId: string, contact: Contact): void {
    this.overtake(customerId);
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
    this.overtake(customerId);
    const cached = this.entries.get(customerId);
    if (!cached) return;
    const contacts = cached.contacts.filter((existing) => existing.id !== contactId);
    this.entries.set(customerId, { ...cached, contacts });
  }

  /** After a write that may or may not have happened, only Komet knows: read it next time. */
  forget(customerId: string): void {
    this.overtake(customerId);
    this.entries.delete(customerId);
  }

  // A read that started before a write must not store its older list; later reads start afresh.
  private overtake(customerId: string): void {
    const epoch = this.epochs.get(customerId);
    if (epoch) epoch.overtaken = true;
    this.epochs.delete(customerId);
    this.inFlight.delete(customerId);
  }
}
