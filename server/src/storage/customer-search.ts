import type { CustomerSearchResponse, CustomerSummary } from '../contract';
import type { KometCustomer } from '../komet/komet';
import type { BlockList } from './block-list';
import { EXACT, markMatches, NO_MATCH, parseQuery, RANKS } from './customer-ranking';
import type { IndexBlock } from './index-block';

export const toSummary = (customer: KometCustomer): CustomerSummary => ({
  id: customer.id,
  name: customer.name,
  code: customer.code,
  active: customer.active,
  ...(customer.salesPerson ? { salesPerson: customer.salesPerson } : {}),
});

export interface SearchOptions {
  includeInactive: boolean;
  limit: number;
}

interface Tally {
  /** The first `limit` matches of each rank, in index order. */
  ranked: KometCustomer[][];
  total: number;
  inactive: number;
}

// Searches run one at a time on the one thread, so they share one buffer of ranks.
let ranks = new Uint8Array(0);

/** Ranks every block in index order, so each rank fills already sorted by name. */
export function searchBlocks(
  { blocks, byId }: { blocks: BlockList; byId: ReadonlyMap<string, KometCustomer> },
  text: string,
  options: SearchOptions,
): CustomerSearchResponse {
  const query = parseQuery(text);
  if (!query) return { customers: [], total: 0 };
  const withId = byId.get(query.text);
  const exact = withId && blocks.find(withId);
  const tally: Tally = { ranked: Array.from({ length: RANKS }, () => []), total: 0, inactive: 0 };
  blocks.blocks.forEach((block, index) => {
    if (ranks.length < block.size) ranks = new Uint8Array(block.size);
    ranks.fill(NO_MATCH, 0, block.size);
    const matched = markMatches(block, query, ranks);
    if (exact?.block === index) ranks[exact.position] = EXACT;
    else if (!matched) return;
    collect(block, options, tally);
  });
  const customers = tally.ranked.flat().slice(0, options.limit).map(toSummary);
  const { total, inactive } = tally;
  // Left out, but counted: "no active customer matches; 1 inactive one does" (issue 8).
  return inactive > 0 ? { customers, total, inactive } : { customers, total };
}

function collect(block: IndexBlock, options: SearchOptions, tally: Tally): void {
  for (let position = 0; position < block.size; position++) {
    const rank = ranks[position]!;
    if (rank === NO_MATCH) continue;
    const customer = block.customers[position]!;
    if (!options.includeInactive && !customer.active) {
      tally.inactive++;
      continue;
    }
    tally.total++;
    const bucket = tally.ranked[rank]!;
    if (bucket.length < options.limit) bucket.push(customer);
  }
}
