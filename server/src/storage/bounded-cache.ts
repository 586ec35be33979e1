/** The limits every in-memory cache carries, so that none grows with traffic (issue 9). */
export interface CacheBounds {
  /** Most entries kept; beyond it the least recently used go first. */
  maxEntries: number;
  /** Most bytes kept, as the cache's `sizeOf` estimates them; same eviction order. */
  maxBytes: number;
  /** An entry not written for this long counts as gone. */
  ttlMs: number;
}

interface Slot<V> {
  value: V;
  bytes: number;
  expiresAt: number;
}

/**
 * A map with a least-recently-used bound on entries and bytes and an expiry per entry. A Map
 * keeps insertion order, so moving a key to the end on every use makes its first key the least
 * recently used: eviction is O(1) per entry, with no list of its own to keep in step.
 */
export class BoundedCache<K, V> {
  private readonly slots = new Map<K, Slot<V>>();
  private totalBytes = 0;
  private sweepAt: number;
  private readonly now: () => number;
  private readonly sizeOf: (value: V) => number;

  constructor(
    private readonly bounds: CacheBounds,
    options: { sizeOf: (value: V) => number; now?: () => number },
  ) {
    const { maxEntries, maxBytes, ttlMs } = bounds;
    if (!(maxEntries >= 1 && maxBytes >= 1 && ttlMs > 0)) {
      throw new RangeError(`cache bounds must be positive, got ${JSON.stringify(bounds)}`);
    }
    this.sizeOf = options.sizeOf;
    this.now = options.now ?? Date.now;
    this.sweepAt = this.now() + ttlMs;
  }

  get size(): number {
    return this.slots.size;
  }

  get bytes(): number {
    return this.totalBytes;
  }

  /** The value while it has not expired; reading it makes it the most recently used. */
  get(key: K): V | undefined {
    const slot = this.slots.get(key);
    if (!slot) return undefined;
    if (slot.expiresAt <= this.now()) {
      this.remove(key, slot);
      return undefined;
    }
    this.slots.delete(key);
    this.slots.set(key, slot);
    return slot.value;
  }

  /**
   * Stores the value with a fresh expiry, evicting the least recently used until the bounds
   * hold. A value larger than the whole byte bound is not kept (false): storing it would
   * empty the cache and still break the bound.
   */
  set(key: K, value: V): boolean {
    this.delete(key);
    const bytes = this.sizeOf(value);
    if (bytes > this.bounds.maxBytes) return false;
    const now = this.now();
    this.slots.set(key, { value, bytes, expiresAt: now + this.bounds.ttlMs });
    this.totalBytes += bytes;
    if (now >= this.sweepAt) this.sweep(now);
    for (const [oldest, slot] of this.slots) {
      if (this.slots.size <= this.bounds.maxEntries && this.totalBytes <= this.bounds.maxBytes) {
        break;
      }
      this.remove(oldest, slot);
    }
    return true;
  }

  delete(key: K): boolean {
    const slot = this.slots.get(key);
    if (slot) this.remove(key, slot);
    return slot !== undefined;
  }

  // Reads drop expired entries they meet; this drops the ones nobody reads again. Once per
  // expiry period at most, so its O(n) costs little per write.
  private sweep(now: number): void {
    for (const [key, slot] of this.slots) if (slot.expiresAt <= now) this.remove(key, slot);
    this.sweepAt = now + this.bounds.ttlMs;
  }

  private remove(key: K, slot: Slot<V>): void {
    this.slots.delete(key);
    this.totalBytes -= slot.bytes;
  }
}

/**
 * Roughly what plain (JSON-like) data takes on V8's heap: enough to bound a cache within a
 * small factor, not to account memory. Strings count two bytes a UTF-16 unit (the worst case).
 */
export function roughSizeOf(value: unknown): number {
  switch (typeof value) {
    case 'string':
      return 16 + 2 * value.length;
    case 'number':
    case 'bigint':
      return 8;
    case 'boolean':
      return 4;
    case 'object': {
      if (value === null) return 0;
      let bytes = 32;
      // Property names live once in V8's hidden classes, so only the slots count.
      for (const item of Array.isArray(value) ? value : Object.values(value)) {
        bytes += 8 + roughSizeOf(item);
      }
      return bytes;
    }
    default:
      return 0;
  }
}
