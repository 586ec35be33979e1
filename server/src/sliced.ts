/**
 * Long work on the server's only thread is written as a generator that yields every few items;
 * `runSliced` runs it for a slice of time, then lets requests in (setImmediate) before going on,
 * so no request waits more than about one slice (issue 9: no stall over 50 ms).
 */
export type Sliced<T> = Generator<void, T, void>;

// Well under the 50 ms budget, leaving room for a GC pause and the requests let in between.
export const SLICE_MS = 8;

export async function runSliced<T>(work: Sliced<T>, sliceMs = SLICE_MS): Promise<T> {
  for (;;) {
    const until = performance.now() + sliceMs;
    let step = work.next();
    while (!step.done && performance.now() < until) step = work.next();
    if (step.done) return step.value;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/** For tests and benches that build small or throwaway indexes where no request waits. */
export function runToEnd<T>(work: Sliced<T>): T {
  let step = work.next();
  while (!step.done) step = work.next();
  return step.value;
}

// Sorting runs this short natively costs well under a millisecond even with Intl.Collator.
const RUN = 256;
const MERGED_PER_YIELD = 512;

/** A stable merge sort of a copy of `items`, natively sorted runs merged bottom-up. */
export function* sortSliced<T>(items: readonly T[], compare: (a: T, b: T) => number): Sliced<T[]> {
  let source = items.slice();
  for (let start = 0; start < source.length; start += RUN) {
    const run = source.slice(start, start + RUN).sort(compare);
    for (let i = 0; i < run.length; i++) source[start + i] = run[i]!;
    yield;
  }
  let target = new Array<T>(source.length);
  for (let width = RUN; width < source.length; width *= 2) {
    let out = 0;
    for (let left = 0; left < source.length; left += 2 * width) {
      const middle = Math.min(left + width, source.length);
      const end = Math.min(left + 2 * width, source.length);
      let a = left;
      let b = middle;
      while (a < middle || b < end) {
        const takeLeft = b >= end || (a < middle && compare(source[a]!, source[b]!) <= 0);
        target[out++] = takeLeft ? source[a++]! : source[b++]!;
        if (out % MERGED_PER_YIELD === 0) yield;
      }
    }
    [source, target] = [target, source];
  }
  return source;
}
