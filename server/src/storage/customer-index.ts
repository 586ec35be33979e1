import type { CustomerSearchResponse } from '../contract';
import type { KometCustomer } from '../komet/komet';
import { searchBlocks, type SearchOptions } from './customer-search';
import {
  buildState,
  compareList,
  emptyState,
  later,
  sameCustomer,
  withChanges,
  type IndexState,
} from './index-build';
import { runSliced, runToEnd, SLICE_MS, type Sliced } from '../sliced';

export { toSummary } from './customer-search';

export interface IndexOptions {
  /** Longest stretch a rebuild or a batch of changes runs before letting requests in. */
  sliceMs?: number;
}

const REBUILD_FLOOR = 1000;

/** A customer to put in, or the id of one to take out. */
type Change = KometCustomer | string;

/**
 * The company's customers in memory, searched without spending Komet calls. Customers are kept
 * in name order, in blocks of a few hundred whose folded names and codes are joined into one
 * string each, so a search is a few native scans per block plus a pass over a byte per customer
 * of the blocks that matched, and each rank fills already in order. One customer changes in
 * place, rewriting only its block; a new list that changes much is built aside in slices and
 * swapped in whole, searches answering from the old index meanwhile (issue 9).
 */
export class CustomerIndex {
  private state: IndexState = emptyState();
  /** Single changes made while a bulk update runs, replayed on its result: the later one wins. */
  private pending: Change[] | undefined;
  private queue: Promise<void> = Promise.resolve();
  /** Whole rebuilds and customers changed one at a time, for tests and the bench. */
  readonly counts = { rebuilds: 0, changes: 0 };

  constructor(private readonly options: IndexOptions = {}) {}

  /** Built at once, for tests and benches where no request waits. */
  static from(customers: readonly KometCustomer[]): CustomerIndex {
    const index = new CustomerIndex();
    index.state = runToEnd(buildState(new Map(customers.map((c) => [c.id, c]))));
    index.counts.rebuilds++;
    return index;
  }

  get size(): number {
    return this.state.byId.size;
  }

  /** Whether a `replaceAll` or `upsert` is under way. */
  get updating(): boolean {
    return this.pending !== undefined;
  }

  /** Latest `updatedOn` seen, for `updateAsOf` refreshes. */
  latestUpdate(): string | undefined {
    return this.state.latest;
  }

  get(id: string): KometCustomer | undefined {
    return this.state.byId.get(id);
  }

  /** Every customer, in no order (an import looks customers up by code). */
  all(): IterableIterator<KometCustomer> {
    return this.state.byId.values();
  }

  /** Inserts a customer, or replaces the one with its id. */
  put(customer: KometCustomer): void {
    this.pending?.push(customer);
    this.apply(customer);
  }

  remove(id: string): void {
    this.pending?.push(id);
    this.apply(id);
  }

  /** Makes the index hold exactly `customers` (a full `customer.list`). */
  replaceAll(customers: readonly KometCustomer[]): Promise<void> {
    return this.bulk(async () => {
      const { next, changed, removed } = await this.sliced(
        compareList(this.state.byId, customers, true),
      );
      if (this.worthRebuilding(changed.length + removed.length, next.size)) {
        await this.rebuild(next);
      } else {
        await this.sliced(this.applyEach([...removed.map((c) => c.id), ...changed]));
      }
    });
  }

  /** Puts in customers that are new or changed (an `updateAsOf` list); unchanged ones cost nothing. */
  upsert(customers: readonly KometCustomer[]): Promise<void> {
    return this.bulk(async () => {
      const { changed } = await this.sliced(compareList(this.state.byId, customers, false));
      if (this.worthRebuilding(changed.length, this.size)) {
        await this.rebuild(await this.sliced(withChanges(this.state.byId, changed)));
      } else {
        await this.sliced(this.applyEach(changed));
      }
    });
  }

  search(text: string, options: SearchOptions): CustomerSearchResponse {
    return searchBlocks(this.state, text, options);
  }

  // One by one, a change costs several times what a rebuild spends per customer (bench/
  // index-refresh.ts): past a sixteenth of the list, building aside is cheaper, and atomic too.
  // A thousand changes or fewer take a few slices either way, and need no second index.
  private worthRebuilding(changes: number, size: number): boolean {
    return changes > REBUILD_FLOOR && changes > size / 16;
  }

  private apply(change: Change): void {
    const { blocks, byId } = this.state;
    const id = typeof change === 'string' ? change : change.id;
    const old = byId.get(id);
    if (typeof change !== 'string' && sameCustomer(old, change)) return;
    if (old) blocks.remove(old);
    if (typeof change === 'string') {
      if (!old) return;
      byId.delete(id);
    } else {
      blocks.insert(change);
      byId.set(id, change);
      this.state.latest = later(this.state.latest, change.updatedOn);
    }
    this.counts.changes++;
  }

  private *applyEach(changes: readonly Change[]): Sliced<void> {
    for (const change of changes) {
      this.apply(change);
      yield;
    }
  }

  private async rebuild(byId: Map<string, KometCustomer>): Promise<void> {
    const state = await this.sliced(buildState(byId));
    this.state = state;
    this.counts.rebuilds++;
    this.settle();
  }

  /** One bulk update at a time; single changes made meanwhile are replayed once it is done. */
  private bulk(work: () => Promise<void>): Promise<void> {
    const run = this.queue.then(async () => {
      this.pending = [];
      try {
        await work();
      } finally {
        this.settle();
      }
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private settle(): void {
    const pending = this.pending ?? [];
    this.pending = undefined;
    for (const change of pending) this.apply(change);
  }

  private sliced<T>(work: Sliced<T>): Promise<T> {
    return runSliced(work, this.options.sliceMs ?? SLICE_MS);
  }
}
