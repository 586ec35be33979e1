import type { CustomerSearchResponse, CustomerSummary } from '../contract';
import type { KometCustomer } from '../komet/komet';
import { JoinedText } from './joined-text';
import { foldText } from '../contract';

// Lower is better: exact id or code, then name prefix, code prefix, a word of the name, anywhere
// in the name (from two letters on), all words of a several-word query.
const EXACT = 0;
const NAME_PREFIX = 1;
const CODE_PREFIX = 2;
const WORD_PREFIX = 3;
const NAME_CONTAINS = 4;
const ALL_WORDS = 5;
const RANKS = 6;
const NO_MATCH = 255;

export const toSummary = (customer: KometCustomer): CustomerSummary => ({
  id: customer.id,
  name: customer.name,
  code: customer.code,
  active: customer.active,
  ...(customer.salesPerson ? { salesPerson: customer.salesPerson } : {}),
});

/**
 * The company's customers in memory, searched without spending Komet calls. Customers are kept
 * sorted by name, their folded names and codes joined into one string each, so a search is a few
 * native scans plus one pass over a byte per customer, and each rank fills already in order.
 */
export class CustomerIndex {
  private byId = new Map<string, KometCustomer>();
  private sorted: KometCustomer[] = [];
  private positionById = new Map<string, number>();
  private positionsByCode = new Map<string, number[]>();
  private names = new JoinedText([]);
  private codes = new JoinedText([]);

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

  search(
    text: string,
    options: { includeInactive: boolean; limit: number },
  ): CustomerSearchResponse {
    const query = foldText(text);
    if (!query) return { customers: [], total: 0 };
    const ranks = new Uint8Array(this.sorted.length).fill(NO_MATCH);
    const mark = (position: number, rank: number) => {
      if (rank < ranks[position]!) ranks[position] = rank;
    };

    const byId = this.positionById.get(query);
    if (byId !== undefined) mark(byId, EXACT);
    for (const position of this.positionsByCode.get(query) ?? []) mark(position, EXACT);
    this.codes.forEachMatch(`\n${query}`, (position) => {
      mark(position, CODE_PREFIX);
      return this.codes.end(position);
    });
    const names = this.names;
    if (/^[a-z0-9]$/.test(query)) {
      // One Latin letter "anywhere" would match most of the company: only starts of names and
      // words. (One CJK character is a word in itself and keeps the general rule.)
      names.forEachMatch(
        `\n${query}`,
        (position) => (mark(position, NAME_PREFIX), names.end(position)),
      );
      names.forEachMatch(
        ` ${query}`,
        (position) => (mark(position, WORD_PREFIX), names.end(position)),
      );
    } else {
      // Every occurrence, not just the first per name: a later one may start a word ("la" in
      // "Flores la Sabana"). Hops between occurrences are native scans, so this stays cheap.
      names.forEachMatch(query, (position, at) => {
        if (at === names.starts[position]) mark(position, NAME_PREFIX);
        else mark(position, names.text[at - 1] === ' ' ? WORD_PREFIX : NAME_CONTAINS);
        return at + 1;
      });
    }
    const words = query.split(' ');
    if (words.length > 1) {
      const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
      this.names.forEachMatch(longest, (position) => {
        const end = this.names.end(position);
        const name = this.names.text.slice(this.names.starts[position], end);
        if (words.every((w) => name.includes(w))) mark(position, ALL_WORDS);
        return end;
      });
    }

    const ranked: KometCustomer[][] = Array.from({ length: RANKS }, () => []);
    let total = 0;
    let inactive = 0;
    for (let position = 0; position < ranks.length; position++) {
      const rank = ranks[position]!;
      if (rank === NO_MATCH) continue;
      const customer = this.sorted[position]!;
      if (!options.includeInactive && !customer.active) {
        inactive++;
        continue;
      }
      total++;
      const bucket = ranked[rank]!;
      if (bucket.length < options.limit) bucket.push(customer);
    }
    const customers = ranked.flat().slice(0, options.limit).map(toSummary);
    // Left out, but counted: "no active customer matches; 1 inactive one does" (issue 8).
    return inactive > 0 ? { customers, total, inactive } : { customers, total };
  }

  private rebuild(): void {
    const collator = new Intl.Collator(undefined, { sensitivity: 'base' });
    this.sorted = [...this.byId.values()].sort((a, b) => collator.compare(a.name, b.name));
    this.positionById = new Map(this.sorted.map((customer, position) => [customer.id, position]));
    const codes = this.sorted.map((customer) => foldText(customer.code));
    this.positionsByCode = new Map();
    codes.forEach((code, position) => {
      if (code)
        this.positionsByCode.set(code, [...(this.positionsByCode.get(code) ?? []), position]);
    });
    this.names = new JoinedText(this.sorted.map((customer) => foldText(customer.name)));
    this.codes = new JoinedText(codes);
  }
}
