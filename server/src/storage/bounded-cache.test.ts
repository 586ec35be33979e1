import { describe, expect, it } from 'vitest';
import { MINUTE_MS, testClock } from '../testing/clock';
import { BoundedCache, roughSizeOf, type CacheBounds } from './bounded-cache';

const ROOMY: CacheBounds = { maxEntries: 100, maxBytes: 1_000_000, ttlMs: 10 * MINUTE_MS };

/** A cache of strings that each weigh their length in bytes, on a clock the test moves. */
function setUp(bounds: Partial<CacheBounds> = {}) {
  const clock = testClock('2025-03-01T09:00:00Z');
  const cache = new BoundedCache<string, string>(
    { ...ROOMY, ...bounds },
    { sizeOf: (value) => value.length, now: clock.now },
  );
  const keys = () => ['a', 'b', 'c', 'd'].filter((key) => cache.get(key) !== undefined);
  return { cache, clock, keys };
}

describe('BoundedCache', () => {
  it('when one entry more than the bound is stored, then the least recently used one goes', () => {
    const { cache, keys } = setUp({ maxEntries: 3 });
    cache.set('a', 'A');
    cache.set('b', 'B');
    cache.set('c', 'C');
    cache.get('a');

    cache.set('d', 'D');

    expect(cache.size).toBe(3);
    expect(keys()).toEqual(['a', 'c', 'd']);
  });

  it('when the entries outweigh the byte bound, then the least recently used go until they fit', () => {
    const { cache, keys } = setUp({ maxBytes: 10 });
    cache.set('a', 'aaaa');
    cache.set('b', 'bbbb');
    cache.get('a');

    cache.set('c', 'cccccc');

    expect(keys()).toEqual(['a', 'c']);
    expect(cache.bytes).toBe(10);
  });

  it('when one value outweighs the whole byte bound, then it is not kept and neither is its older value', () => {
    const { cache, keys } = setUp({ maxBytes: 10 });
    cache.set('a', 'old');
    cache.set('b', 'kept');

    expect(cache.set('a', 'x'.repeat(11))).toBe(false);

    expect(keys()).toEqual(['b']);
    expect(cache.bytes).toBe(4);
  });

  it('when an entry has not been written for its expiry, then it reads as missing', () => {
    const { cache, clock } = setUp({ ttlMs: MINUTE_MS });
    cache.set('a', 'A');
    clock.advance(MINUTE_MS - 1);
    expect(cache.get('a')).toBe('A');

    clock.advance(1);

    expect(cache.get('a')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('when entries expire unread, then a later write drops them', () => {
    const { cache, clock } = setUp({ ttlMs: MINUTE_MS });
    cache.set('a', 'A');
    cache.set('b', 'B');
    clock.advance(MINUTE_MS);

    cache.set('c', 'C');

    expect(cache.size).toBe(1);
    expect(cache.bytes).toBe(1);
  });

  it('when a value is written again, then its expiry starts over and its bytes are counted once', () => {
    const { cache, clock } = setUp({ ttlMs: MINUTE_MS });
    cache.set('a', 'A');
    clock.advance(MINUTE_MS / 2);
    cache.set('a', 'AA');
    clock.advance(MINUTE_MS / 2);

    expect(cache.get('a')).toBe('AA');
    expect(cache.bytes).toBe(2);
  });

  it('when given bounds that are not positive, then it refuses them', () => {
    const sizeOf = () => 1;
    expect(() => new BoundedCache({ ...ROOMY, maxEntries: 0 }, { sizeOf })).toThrow(RangeError);
    expect(() => new BoundedCache({ ...ROOMY, ttlMs: Number.NaN }, { sizeOf })).toThrow(RangeError);
  });
});

describe('roughSizeOf', () => {
  it('when data holds more or longer text, then it weighs more', () => {
    const contact = { id: '1', name: 'Carlos', type: 'Buyer', emailPOD: true };
    const longer = { ...contact, name: 'Carlos Andrade Villacís' };

    expect(roughSizeOf(longer)).toBe(roughSizeOf(contact) + 2 * (longer.name.length - 6));
    expect(roughSizeOf([contact, contact])).toBeGreaterThan(2 * roughSizeOf(contact));
    expect(roughSizeOf(null)).toBe(0);
  });
});
