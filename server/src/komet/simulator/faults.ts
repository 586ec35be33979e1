/** Ways the simulator can misbehave, so tests can prove how the server copes with each. */
export type Fault =
  | { kind: 'delay'; ms: number }
  | { kind: 'http-error'; status: number }
  | { kind: 'non-json' }
  | { kind: 'reject'; message: string; status?: 0 | '0' }
  | { kind: 'hang' };

interface Armed {
  fault: Fault;
  method: string | undefined;
  remaining: number;
}

/** A queue of faults, each applied to the next request(s) for a Komet method (or any). */
export class FaultPlan {
  private armed: Armed[] = [];

  /** Misbehave on the next `times` requests to `method` (every method when omitted). */
  next(fault: Fault, options: { method?: string; times?: number } = {}): void {
    this.armed.push({ fault, method: options.method, remaining: options.times ?? 1 });
  }

  take(method: string): Fault | undefined {
    const armed = this.armed.find((item) => item.method === undefined || item.method === method);
    if (!armed) return undefined;
    if (--armed.remaining <= 0) this.armed = this.armed.filter((item) => item !== armed);
    return armed.fault;
  }

  clear(): void {
    this.armed = [];
  }
}
