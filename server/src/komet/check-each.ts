import type * as z from 'zod';
import type { Sliced } from '../sliced';

// About a millisecond of zod per step, run with `runSliced`.
const CHECKED_PER_STEP = 100;

/**
 * Checks every item with `schema` a few at a time (run it with `runSliced`), so a list of 100,000
 * customers blocks no request. The items as the schema outputs them, or undefined when one fails,
 * as a schema of the whole array would.
 */
export function* checkEach<S extends z.ZodType>(
  items: readonly unknown[],
  schema: S,
): Sliced<z.output<S>[] | undefined> {
  const checked: z.output<S>[] = [];
  for (let i = 0; i < items.length; i++) {
    const result = schema.safeParse(items[i]);
    if (!result.success) return undefined;
    checked.push(result.data);
    if (i % CHECKED_PER_STEP === CHECKED_PER_STEP - 1) yield;
  }
  return checked;
}
