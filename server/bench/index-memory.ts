import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { KometCustomer } from '../src/komet/komet';
import { CustomerIndex } from '../src/storage/customer-index';

export interface IndexMemory {
  /** Customers in the index (ids are unique there). */
  size: number;
  /** Heap taken by the parsed customer objects alone. */
  customersBytes: number;
  /** Heap taken by the whole index (customers, folded text, entries, id map). */
  totalBytes: number;
  /** How a full collection was forced before each reading. */
  gcVia: string;
}

/** `npm run bench` passes --expose-gc; run any other way, the flag is switched on here. */
function collector(): { gc: () => void; exposed: boolean } {
  const exposed = globalThis.gc;
  if (exposed) return { gc: () => exposed(), exposed: true };
  setFlagsFromString('--expose-gc');
  return { gc: runInNewContext('gc') as () => void, exposed: false };
}

function heapAfterGc(gc: () => void): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/**
 * Builds the index in-process from customers parsed out of JSON, as the server gets them from
 * `customer.list`, and measures the heap it keeps. The JSON text stays alive throughout, so it
 * cancels out.
 */
export async function measureIndexMemory(
  customers: readonly KometCustomer[],
): Promise<IndexMemory> {
  const { gc, exposed } = collector();
  const json = JSON.stringify(customers);
  const before = heapAfterGc(gc);
  const parsed = JSON.parse(json) as KometCustomer[];
  const afterParse = heapAfterGc(gc);
  const index = new CustomerIndex();
  await index.replaceAll(parsed);
  // The index keeps the customer objects, not this array.
  parsed.length = 0;
  const afterIndex = heapAfterGc(gc);
  return {
    size: index.size,
    customersBytes: afterParse - before,
    totalBytes: afterIndex - before,
    gcVia: exposed ? 'node --expose-gc' : 'v8.setFlagsFromString at run time',
  };
}
