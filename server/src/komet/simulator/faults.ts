import { seededRandom } from '../../seeded-random';

/** Ways the simulator can misbehave, so tests (and the soak) can prove how the server copes. */
export type Fault =
  /** Answer normally, this much later. */
  | { kind: 'delay'; ms: number }
  /** An HTTP error status with a non-JSON body, as a gateway in front of Komet sends. */
  | { kind: 'http-error'; status: number }
  /** HTTP 200 with an HTML page (a maintenance page, a captive proxy). */
  | { kind: 'non-json' }
  /** Komet's envelope with status 0 and this message, without doing the work. */
  | { kind: 'reject'; message: string; status?: 0 | '0' }
  /** Status 0 "Service temporarily unavailable": Komet up, but not doing the work right now. */
  | { kind: 'unavailable-message' }
  /** Never answer (the client's timeout decides). */
  | { kind: 'hang' }
  /** Answer normally once the test calls `faults.release()`: slow, on the test's cue. */
  | { kind: 'hold' }
  /** Do the work (an add is saved), then drop the connection without answering. */
  | { kind: 'commit-then-drop' };

/** What a fault applies to: a Komet method, a customer (its `customerId`), or both. */
export interface FaultTarget {
  method?: string;
  customerId?: string;
}

export interface RandomFaults extends FaultTarget {
  /** Share of requests that misbehave, 0 to 1. */
  rate: number;
  /** The faults drawn from, each equally likely. */
  kinds: Fault[];
  /** The same seed and the same order of requests give the same faults, so a run repeats. */
  seed: number;
}

/** The message Komet sends, with status 0, when it is up but not serving (see http-komet.ts). */
export const SERVICE_UNAVAILABLE_MESSAGE = 'Service temporarily unavailable';

interface Armed extends FaultTarget {
  fault: Fault;
  remaining: number;
}

const applies = (target: FaultTarget, request: FaultTarget) =>
  (target.method === undefined || target.method === request.method) &&
  (target.customerId === undefined || target.customerId === request.customerId);

/**
 * Which fault, if any, the next request meets: faults armed with `next` first, in the order they
 * were armed, then the random ones.
 */
export class FaultPlan {
  /** How many requests met each kind of fault, so a soak can say what it went through. */
  readonly met = new Map<Fault['kind'], number>();
  private armed: Armed[] = [];
  private randomly: { options: RandomFaults; next: () => number } | undefined;
  private releaseHeld: () => void = () => undefined;
  private held = this.newHold();

  /**
   * Misbehave on the next `times` matching requests (default 1; `Infinity` until `clear()`),
   * for one method, one customer, or both; every request when the target is left out.
   */
  next(fault: Fault, options: FaultTarget & { times?: number } = {}): void {
    const { times = 1, ...target } = options;
    this.armed.push({ fault, ...target, remaining: times });
  }

  /** Misbehave on a random share of matching requests from now on; `undefined` stops it. */
  random(options: RandomFaults | undefined): void {
    if (options && (options.rate < 0 || options.rate > 1 || options.kinds.length === 0)) {
      throw new RangeError('random faults need a rate from 0 to 1 and at least one kind');
    }
    this.randomly = options && { options, next: seededRandom(options.seed) };
  }

  take(request: FaultTarget): Fault | undefined {
    const fault = this.draw(request);
    if (fault) this.met.set(fault.kind, (this.met.get(fault.kind) ?? 0) + 1);
    return fault;
  }

  private draw(request: FaultTarget): Fault | undefined {
    const armed = this.armed.find((item) => applies(item, request));
    if (armed) {
      if (--armed.remaining <= 0) this.armed = this.armed.filter((item) => item !== armed);
      return armed.fault;
    }
    if (!this.randomly || !applies(this.randomly.options, request)) return undefined;
    const { options, next } = this.randomly;
    // Two draws per request whether or not it misbehaves, so one request's fate never shifts
    // the sequence the next ones see.
    const hit = next() < options.rate;
    const kind = options.kinds[Math.floor(next() * options.kinds.length)];
    return hit ? kind : undefined;
  }

  /** Resolves when the test releases the requests held by a `hold` fault. */
  whenReleased(): Promise<void> {
    return this.held;
  }

  /** Answers every request held so far. */
  release(): void {
    this.releaseHeld();
    this.held = this.newHold();
  }

  /** No more faults: armed and random ones end, and held requests are answered. */
  clear(): void {
    this.armed = [];
    this.randomly = undefined;
    this.release();
  }

  private newHold(): Promise<void> {
    return new Promise((resolve) => (this.releaseHeld = resolve));
  }
}
