import { roughSizeOf, type CacheBounds } from '../../storage/bounded-cache';

/** One request as the simulator received it, for tests to check what reached "Komet". */
export interface ReceivedRequest {
  method: string;
  query: Record<string, string>;
  rawBody: string;
}

export type LogBounds = Pick<CacheBounds, 'maxEntries' | 'maxBytes'>;

/**
 * Far more than a test or the soak (about 3,000 calls) sends, so their reads of the whole log
 * stay exact; a body is at most 64 kB, so the byte bound is what holds when bodies are large.
 */
export const REQUEST_LOG_BOUNDS: LogBounds = { maxEntries: 10_000, maxBytes: 8 * 1024 * 1024 };

/**
 * The simulator's most recent requests, oldest first, and a count of every request since it
 * started. The counts never drop, so `count` stays exact however long the simulator runs.
 */
export class RequestLog {
  /** Trimmed in place, so a reference to it stays the live log. */
  readonly entries: ReceivedRequest[] = [];
  private bytes = 0;
  private total = 0;
  private readonly perMethod = new Map<string, number>();

  constructor(
    private readonly bounds: LogBounds,
    /** Methods counted one by one; any other name a client sends counts in the total only. */
    private readonly methods: ReadonlySet<string>,
  ) {
    if (!(bounds.maxEntries >= 1 && bounds.maxBytes >= 1)) {
      throw new RangeError(`log bounds must be positive, got ${JSON.stringify(bounds)}`);
    }
  }

  record(request: ReceivedRequest): void {
    this.total++;
    if (this.methods.has(request.method)) {
      this.perMethod.set(request.method, (this.perMethod.get(request.method) ?? 0) + 1);
    }
    this.entries.push(request);
    this.bytes += roughSizeOf(request);
    // The newest stays whatever it weighs: a test reads the request it just caused.
    let drop = 0;
    while (
      this.entries.length - drop > 1 &&
      (this.entries.length - drop > this.bounds.maxEntries || this.bytes > this.bounds.maxBytes)
    ) {
      this.bytes -= roughSizeOf(this.entries[drop]);
      drop++;
    }
    if (drop > 0) this.entries.splice(0, drop);
  }

  /** Requests since the start, for one method or all. */
  count(method?: string): number {
    return method ? (this.perMethod.get(method) ?? 0) : this.total;
  }
}
