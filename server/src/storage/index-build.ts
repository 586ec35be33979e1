import { foldText } from '../contract';
import type { KometCustomer } from '../komet/komet';
import { BLOCK_SIZE, BlockList } from './block-list';
import { compareCustomers, IndexBlock } from './index-block';
import { sortSliced, type Sliced } from '../sliced';

// Each step between yields is a few microseconds of work, so a slice ends close to its budget.
const PER_YIELD = 64;

export interface IndexState {
  blocks: BlockList;
  byId: Map<string, KometCustomer>;
  /**
   * Latest `updatedOn` seen, for `updateAsOf` refreshes. A removal leaves it: whatever changes
   * next carries a later date anyway.
   */
  latest: string | undefined;
}

export const emptyState = (): IndexState => ({
  blocks: new BlockList(),
  byId: new Map(),
  latest: undefined,
});

export const later = (a: string | undefined, b: string | undefined) =>
  a === undefined || (b !== undefined && b > a) ? b : a;

export const sameCustomer = (a: KometCustomer | undefined, b: KometCustomer): boolean =>
  a !== undefined &&
  a.id === b.id &&
  a.name === b.name &&
  a.code === b.code &&
  a.active === b.active &&
  a.salesPerson === b.salesPerson &&
  a.updatedOn === b.updatedOn;

export interface ListChanges {
  /** The new list by id; with a repeated id, the last one counts. */
  next: Map<string, KometCustomer>;
  changed: KometCustomer[];
  removed: KometCustomer[];
}

/**
 * Which of `customers` are new or differ from `current`; when they are the `whole` new list,
 * also which of `current` it no longer has.
 */
export function* compareList(
  current: ReadonlyMap<string, KometCustomer>,
  customers: readonly KometCustomer[],
  whole: boolean,
): Sliced<ListChanges> {
  const next = new Map<string, KometCustomer>();
  for (let i = 0; i < customers.length; i++) {
    next.set(customers[i]!.id, customers[i]!);
    if (i % PER_YIELD === 0) yield;
  }
  const changed: KometCustomer[] = [];
  let seen = 0;
  for (const customer of next.values()) {
    if (!sameCustomer(current.get(customer.id), customer)) changed.push(customer);
    if (++seen % PER_YIELD === 0) yield;
  }
  const removed: KometCustomer[] = [];
  for (const customer of whole ? current.values() : []) {
    if (!next.has(customer.id)) removed.push(customer);
    if (++seen % PER_YIELD === 0) yield;
  }
  return { next, changed, removed };
}

/** `byId` with `changed` put in, as a new map: the current one keeps serving meanwhile. */
export function* withChanges(
  byId: ReadonlyMap<string, KometCustomer>,
  changed: readonly KometCustomer[],
): Sliced<Map<string, KometCustomer>> {
  const next = new Map<string, KometCustomer>();
  for (const [id, customer] of byId) {
    next.set(id, customer);
    if (next.size % PER_YIELD === 0) yield;
  }
  for (const customer of changed) next.set(customer.id, customer);
  return next;
}

/** A whole index over `byId`, which it takes over. */
export function* buildState(byId: Map<string, KometCustomer>): Sliced<IndexState> {
  const sorted = yield* sortSliced([...byId.values()], compareCustomers);
  const blocks: IndexBlock[] = [];
  let latest: string | undefined;
  for (let start = 0; start < sorted.length; start += BLOCK_SIZE) {
    const customers = sorted.slice(start, start + BLOCK_SIZE);
    const names: string[] = [];
    const codes: string[] = [];
    for (const customer of customers) {
      names.push(foldText(customer.name));
      codes.push(foldText(customer.code));
      latest = later(latest, customer.updatedOn);
      if (names.length % PER_YIELD === 0) yield;
    }
    blocks.push(new IndexBlock(customers, names, codes));
  }
  return { blocks: new BlockList(blocks), byId, latest };
}
