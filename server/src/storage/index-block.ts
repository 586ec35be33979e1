import { foldText } from '../contract';
import type { KometCustomer } from '../komet/komet';
import { JoinedText } from './joined-text';

const collator = new Intl.Collator(undefined, { sensitivity: 'base' });

/** Ids are integers of up to 20 digits, sent as strings: the shorter is the smaller. */
const compareIds = (a: string, b: string) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);

/**
 * Index order: by name as people read it, accents and case ignored; the id breaks ties, so every
 * customer has exactly one place and a binary search finds it again.
 */
export const compareCustomers = (a: KometCustomer, b: KometCustomer): number =>
  collator.compare(a.name, b.name) || compareIds(a.id, b.id);

/**
 * The first letter of a folded name and of each of its words: "flores del valle" → "fdv". A
 * one-letter search looks only there, in a string a fifth of the names' length.
 */
export function initialsOf(name: string): string {
  let initials = name.charAt(0);
  for (let at = name.indexOf(' '); at !== -1; at = name.indexOf(' ', at + 1)) {
    initials += name.charAt(at + 1);
  }
  return initials;
}

/**
 * A run of consecutive customers in index order, their folded names, codes and name initials
 * joined for scanning. Small enough that changing one customer rewrites little, large enough
 * that a search makes few native scans.
 */
export class IndexBlock {
  readonly names: JoinedText;
  readonly codes: JoinedText;
  readonly initials: JoinedText;

  /** `names` and `codes` folded, one each per customer. */
  constructor(
    readonly customers: KometCustomer[],
    names: readonly string[],
    codes: readonly string[],
  ) {
    this.names = new JoinedText(names);
    this.codes = new JoinedText(codes);
    this.initials = new JoinedText(names.map(initialsOf));
  }

  static of(customers: KometCustomer[]): IndexBlock {
    return new IndexBlock(
      customers,
      customers.map((c) => foldText(c.name)),
      customers.map((c) => foldText(c.code)),
    );
  }

  /** Two neighbours as one block. */
  static join(first: IndexBlock, second: IndexBlock): IndexBlock {
    return new IndexBlock(
      [...first.customers, ...second.customers],
      [...first.names.values(), ...second.names.values()],
      [...first.codes.values(), ...second.codes.values()],
    );
  }

  get size(): number {
    return this.customers.length;
  }

  get last(): KometCustomer | undefined {
    return this.customers.at(-1);
  }

  /** Position of the first customer not before `customer`: where it is, or would go. */
  lowerBound(customer: KometCustomer): number {
    let low = 0;
    let high = this.customers.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareCustomers(this.customers[middle]!, customer) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  insert(position: number, customer: KometCustomer): void {
    const name = foldText(customer.name);
    this.customers.splice(position, 0, customer);
    this.names.insert(position, name);
    this.codes.insert(position, foldText(customer.code));
    this.initials.insert(position, initialsOf(name));
  }

  remove(position: number): void {
    this.customers.splice(position, 1);
    this.names.remove(position);
    this.codes.remove(position);
    this.initials.remove(position);
  }

  halves(): [IndexBlock, IndexBlock] {
    const middle = this.customers.length >>> 1;
    const names = this.names.values();
    const codes = this.codes.values();
    const half = (from: number, to?: number) =>
      new IndexBlock(this.customers.slice(from, to), names.slice(from, to), codes.slice(from, to));
    return [half(0, middle), half(middle)];
  }
}
