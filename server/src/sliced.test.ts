import { describe, expect, it } from 'vitest';
import { seededRandom } from './seeded-random';
import { runSliced, runToEnd, sortSliced, type Sliced } from './sliced';

describe('sortSliced', () => {
  it('when thousands of items are sorted in slices, then the order is the native sort’s, equal ones kept in order', () => {
    const next = seededRandom(1);
    const items = Array.from({ length: 5000 }, (_, i) => ({ key: Math.floor(next() * 100), i }));
    const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
    expect(runToEnd(sortSliced(items, byKey))).toEqual([...items].sort(byKey));
  });
});

describe('runSliced', () => {
  it('when work takes several slices, then other callbacks run between them and the result comes at the end', async () => {
    const order: string[] = [];
    function* work(): Sliced<string> {
      for (let step = 0; step < 3; step++) {
        order.push(`step ${step}`);
        yield;
      }
      return 'done';
    }
    const result = runSliced(work(), 0);
    setImmediate(() => order.push('request'));
    expect(await result).toBe('done');
    expect(order.indexOf('request')).toBeGreaterThan(0);
    expect(order.indexOf('request')).toBeLessThan(order.length - 1);
  });
});
