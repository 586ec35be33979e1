import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { runSliced, runToEnd } from '../sliced';
import { checkEach } from './check-each';

const item = z.object({ id: z.string(), n: z.coerce.number() });
const items = Array.from({ length: 1_000 }, (_, i) => ({ id: `${i}`, n: `${i}`, extra: true }));

describe('checkEach', () => {
  it('when every item is valid, then each comes back as the schema outputs it, in order', () => {
    const checked = runToEnd(checkEach(items, item));
    expect(checked).toHaveLength(1_000);
    expect(checked?.[999]).toEqual({ id: '999', n: 999 });
  });

  it('when one item in the middle is invalid, then the whole list is refused', () => {
    const bad = items.map((value, i) => (i === 500 ? { n: 1 } : value));
    expect(runToEnd(checkEach(bad, item))).toBeUndefined();
  });

  it('when a long list is being checked, then other callbacks run between its slices', async () => {
    const order: string[] = [];
    // Every step its own slice: as if each took longer than the budget.
    const checking = runSliced(checkEach(items, item), 0).then(() => order.push('checked'));
    setImmediate(() => order.push('scheduled after the check began'));
    await checking;
    expect(order).toEqual(['scheduled after the check began', 'checked']);
  });
});
