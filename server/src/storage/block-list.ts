import type { KometCustomer } from '../komet/komet';
import { compareCustomers, IndexBlock } from './index-block';

export const BLOCK_SIZE = 256;
// A block grown to twice the usual size is halved, one shrunk under a quarter joins a neighbour:
// whatever the order of changes, no block gets costly to rewrite and none are left near empty,
// which would make a search pay for many tiny scans.
const MAX_SIZE = 2 * BLOCK_SIZE;
const MIN_SIZE = BLOCK_SIZE / 4;

export interface Place {
  block: number;
  position: number;
}

/** Every customer in index order, cut into blocks. */
export class BlockList {
  constructor(readonly blocks: IndexBlock[] = []) {}

  /** Where `customer` is, if it is here. */
  find(customer: KometCustomer): Place | undefined {
    const block = this.blockFor(customer);
    const position = this.blocks[block]?.lowerBound(customer) ?? 0;
    const found = this.blocks[block]?.customers[position];
    return found?.id === customer.id ? { block, position } : undefined;
  }

  insert(customer: KometCustomer): void {
    const index = this.blockFor(customer);
    const block = this.blocks[index];
    if (!block) {
      this.blocks.push(IndexBlock.of([customer]));
      return;
    }
    block.insert(block.lowerBound(customer), customer);
    if (block.size > MAX_SIZE) this.blocks.splice(index, 1, ...block.halves());
  }

  /** Takes `customer` (as it was inserted: its name gives its place) out, if it is here. */
  remove(customer: KometCustomer): boolean {
    const place = this.find(customer);
    if (!place) return false;
    const block = this.blocks[place.block]!;
    block.remove(place.position);
    if (block.size === 0) this.blocks.splice(place.block, 1);
    else if (block.size < MIN_SIZE && this.blocks.length > 1) this.joinNeighbour(place.block);
    return true;
  }

  private joinNeighbour(index: number): void {
    const before = this.blocks[index - 1];
    const after = this.blocks[index + 1];
    const first = before && (!after || before.size <= after.size) ? index - 1 : index;
    const joined = IndexBlock.join(this.blocks[first]!, this.blocks[first + 1]!);
    this.blocks.splice(first, 2, ...(joined.size > MAX_SIZE ? joined.halves() : [joined]));
  }

  /** The first block whose last customer is not before `customer`, else the last block. */
  private blockFor(customer: KometCustomer): number {
    let low = 0;
    let high = Math.max(0, this.blocks.length - 1);
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareCustomers(this.blocks[middle]!.last!, customer) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
