import { ProblemError } from '../errors';
import { KometBusyError } from './per-customer-limit';
import { KometTimeoutError, KometUnavailableError, type Komet } from './komet';

export interface BreakerPolicy {
  /** Consecutive failures, about at least two customers, that show Komet is down. */
  failures: number;
  /** The first pause before Komet is tried again; it doubles while Komet stays down. */
  coolDownMs: number;
  maxCoolDownMs: number;
  now: () => number;
}

export const DEFAULT_BREAKER: Omit<BreakerPolicy, 'now'> = {
  failures: 3,
  coolDownMs: 5_000,
  maxCoolDownMs: 60_000,
};

/** Not sent: Komet failed every recent call, so this one would have failed too (and cost quota). */
export class KometDownError extends KometUnavailableError {
  override name = 'KometDownError';
  constructor(retryInMs: number) {
    super(
      `Komet failed its last calls; not tried again for ${Math.ceil(retryInMs / 1000)} s`,
      false,
    );
  }
}

/** `down`: calls are paused; `degraded`: the last call failed; `ok`: the last call was answered. */
export type KometState = 'ok' | 'degraded' | 'down';

export interface CircuitBreaker {
  komet: Komet;
  /** Milliseconds until Komet may be tried again; 0 when calls go through. */
  pausedFor: () => number;
  /** What staff should be told about Komet, and when it last answered (ms, null: not yet). */
  state: () => { state: KometState; reachedAt: number | null };
}

const downSign = (error: unknown) =>
  (error instanceof KometUnavailableError || error instanceof KometTimeoutError) &&
  !(error instanceof KometBusyError) &&
  !(error instanceof KometDownError);

/**
 * Stops calling Komet while it is down: after a run of failures every call fails at once,
 * without being sent, until a pause has passed; then one call tries, and its success lets all
 * through again. So an outage costs neither quota nor each user's wait for a timeout, and the
 * outbox keeps what is saved meanwhile. A run of failures must span two customers (or the
 * customer list): one customer whose calls hang is not Komet being down (per-customer-limit.ts
 * keeps that one away from everyone else).
 */
export function circuitBreaker(komet: Komet, policy: BreakerPolicy): CircuitBreaker {
  let streak: string[] = [];
  let coolDownMs = policy.coolDownMs;
  let openUntil = 0;
  let probing = false;
  let reachedAt: number | null = null;

  async function guarded<T>(customer: string, call: () => Promise<T>): Promise<T> {
    const waitMs = openUntil - policy.now();
    if (waitMs > 0) throw new KometDownError(waitMs);
    const open = openUntil > 0;
    if (open && probing) throw new KometDownError(policy.coolDownMs);
    probing = open;
    try {
      const answer = await call();
      answered();
      return answer;
    } catch (error) {
      if (downSign(error)) failed(customer, open);
      // A refusal is an answer too; a call our own budget stopped says nothing about Komet.
      else if (!(error instanceof ProblemError)) answered();
      throw error;
    } finally {
      if (open) probing = false;
    }
  }

  function answered(): void {
    reachedAt = policy.now();
    streak = [];
    coolDownMs = policy.coolDownMs;
    openUntil = 0;
  }

  function failed(customer: string, wasProbe: boolean): void {
    // Only the last few count: until it opens, a run is one customer's, so the newest failures
    // say as much as all of them, and a long outage's probes no longer pile up here.
    streak = [...streak.slice(1 - Math.max(policy.failures, 2)), customer];
    const customers = new Set(streak).size;
    if (wasProbe) coolDownMs = Math.min(coolDownMs * 2, policy.maxCoolDownMs);
    if (wasProbe || (streak.length >= policy.failures && customers >= 2)) {
      openUntil = policy.now() + coolDownMs;
    }
  }

  return {
    komet: {
      listCustomers: (filter) => guarded('', () => komet.listCustomers(filter)),
      addContact: (customerId, contact) =>
        guarded(customerId, () => komet.addContact(customerId, contact)),
      updateContact: (customerId, contactId, contact) =>
        guarded(customerId, () => komet.updateContact(customerId, contactId, contact)),
      deleteContact: (customerId, contactId) =>
        guarded(customerId, () => komet.deleteContact(customerId, contactId)),
      listContacts: (customerId) => guarded(customerId, () => komet.listContacts(customerId)),
    },
    pausedFor: () => Math.max(0, openUntil - policy.now()),
    state: () => ({
      state: openUntil > 0 ? 'down' : streak.length > 0 ? 'degraded' : 'ok',
      reachedAt,
    }),
  };
}
