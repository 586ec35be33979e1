import type { CustomerSummary } from '../contract';
import type { KometCustomer } from '../komet/komet';
import { foldForSearch } from './search-text';

interface Entry {
  customer: KometCustomer;
  name: string;
  code: string;
}

// Lower is better: exact id or code, then name prefix, code prefix, a word of the name, anywhere.
const EXACT = 0;
const NAME_PREFIX = 1;
const CODE_PREFIX = 2;
const WORD_PREFIX = 3;
const NAME_CONTAINS = 4;
const ALL_WORDS = 5;
const RANKS = 6;

function rankOf(entry: Entry, query: string, words: string[]): number | undefined {
  if (entry.customer.id === query || entry.code === query) return EXACT;
  if (entry.name.startsWith(query)) return NAME_PREFIX;
  if (entry.code.startsWith(query)) return CODE_PREFIX;
  const at = entry.name.indexOf(query);
  if (at > 0) return entry.name[at - 1] === ' ' ? WORD_PREFIX : NAME_CONTAINS;
  if (words.length > 1 && words.every((word) => entry.name.includes(word))) return ALL_WORDS;
  return undefined;
}

export const toSummary = (customer: KometCustomer): CustomerSummary => ({
  id: customer.id,
  name: customer.name,
  code: customer.code,
  active: customer.active,
  ...(customer.salesPerson ? { salesPerson: customer.salesPerson } : {}),
});

/**
 * The company's customers in memory, searched without spending Komet calls. Entries are kept
 * sorted by name, so one pass fills each rank already in order and nothing is sorted per search.
 */
export class CustomerIndex {
  private entries: Entry[] = [];
  private byId = new Map<string, KometCustomer>();

  get size(): number {
    return this.byId.size;
  }

  /** Latest `updatedOn` seen, for `updateAsOf` refreshes. */
  latestUpdate(): string | undefined {
    let latest: string | undefined;
    for (const customer of this.byId.values()) {
      if (customer.updatedOn && (!latest || customer.updatedOn > latest))
        latest = customer.updatedOn;
    }
    return latest;
  }

  replaceAll(customers: KometCustomer[]): void {
    this.byId = new Map(customers.map((customer) => [customer.id, customer]));
    this.rebuild();
  }

  upsert(customers: KometCustomer[]): void {
    if (customers.length === 0) return;
    for (const customer of customers) this.byId.set(customer.id, customer);
    this.rebuild();
  }

  get(id: string): KometCustomer | undefined {
    return this.byId.get(id);
  }

  search(text: string, options: { includeInactive: boolean; limit: number }) {
    const query = foldForSearch(text);
    if (!query) return { customers: [], total: 0 };
    const words = query.split(' ');
    const ranked: Entry[][] = Array.from({ length: RANKS }, () => []);
    let total = 0;
    for (const entry of this.entries) {
      if (!options.includeInactive && !entry.customer.active) continue;
      const rank = rankOf(entry, query, words);
      if (rank === undefined) continue;
      total++;
      const bucket = ranked[rank]!;
      if (bucket.length < options.limit) bucket.push(entry);
    }
    const best = ranked.flat().slice(0, options.limit);
    return { customers: best.map((entry) => toSummary(entry.customer)), total };
  }

  private rebuild(): void {
    const collator = new Intl.Collator(undefined, { sensitivity: 'base' });
    this.entries = [...this.byId.values()]
      .map((customer) => ({
        customer,
        name: foldForSearch(customer.name),
        code: foldForSearch(customer.code),
      }))
      .sort((a, b) => collator.compare(a.customer.name, b.customer.name));
  }
}
