import type { Komet } from '../komet/komet';
import { CustomerIndex } from './customer-index';

export interface DirectoryOptions {
  komet: Komet;
  /** How old the copy may get before a search triggers a background refresh. */
  refreshAfterMs: number;
  /** A full reload also drops customers deleted in Komet, which `updateAsOf` cannot show. */
  fullReloadAfterMs?: number;
  /** After a failed load, Komet is left alone this long; searches meanwhile fail fast or stay stale. */
  retryAfterMs?: number;
  now?: () => number;
  onError?: (error: unknown) => void;
  /** Wraps refreshes no user waits for, so they can be told apart (and stopped first) by quota. */
  inBackground?: (refresh: () => Promise<void>) => Promise<void>;
}

/**
 * The server's copy of `customer.list`. Searches are answered from memory; Komet is asked once at
 * start and then only when someone searches after the copy got old (stale-while-revalidate), so
 * an idle night costs no quota and typing costs none at all.
 */
export class CustomerDirectory {
  readonly index = new CustomerIndex();
  private loadedAt: number | undefined;
  private fullLoadAt: number | undefined;
  private inFlight: Promise<void> | undefined;
  private failure: { at: number; error: unknown } | undefined;
  private readonly now: () => number;

  constructor(private readonly options: DirectoryOptions) {
    this.now = options.now ?? Date.now;
  }

  refreshedAt(): Date | undefined {
    return this.loadedAt === undefined ? undefined : new Date(this.loadedAt);
  }

  /** Resolves once the list is in memory; the first call loads it, later ones may refresh it. */
  async ready(): Promise<CustomerIndex> {
    // While Komet is failing, typing must not turn every keystroke into another Komet call.
    const backingOff =
      this.failure !== undefined &&
      this.now() - this.failure.at < (this.options.retryAfterMs ?? 30_000);
    if (this.loadedAt === undefined) {
      if (backingOff && !this.inFlight) throw this.failure?.error;
      await this.refresh();
    } else if (!backingOff && this.now() - this.loadedAt >= this.options.refreshAfterMs) {
      const background = this.options.inBackground ?? ((refresh) => refresh());
      background(() => this.refresh()).catch((error: unknown) => this.options.onError?.(error));
    }
    return this.index;
  }

  /** One refresh at a time: concurrent callers share it. */
  refresh(): Promise<void> {
    this.inFlight ??= this.load()
      .then(
        () => {
          this.failure = undefined;
        },
        (error: unknown) => {
          this.failure = { at: this.now(), error };
          throw error;
        },
      )
      .finally(() => {
        this.inFlight = undefined;
      });
    return this.inFlight;
  }

  private async load(): Promise<void> {
    const startedAt = this.now();
    const fullReloadAfter = this.options.fullReloadAfterMs ?? 24 * 60 * 60 * 1000;
    const since = this.index.latestUpdate()?.slice(0, 10);
    const incremental =
      since !== undefined &&
      this.fullLoadAt !== undefined &&
      startedAt - this.fullLoadAt < fullReloadAfter;
    const customers = await this.options.komet.listCustomers({
      includeInactive: true,
      ...(incremental ? { updateAsOf: since } : {}),
    });
    // Either way only changed customers are touched, and a rebuild runs in slices (issue 9).
    if (incremental) {
      await this.index.upsert(customers);
    } else {
      await this.index.replaceAll(customers);
      this.fullLoadAt = startedAt;
    }
    this.loadedAt = startedAt;
  }
}
