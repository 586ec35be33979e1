import { KometUnavailableError, type Komet } from './komet';

export interface PerCustomerLimits {
  /** Komet calls about one customer in flight at once. */
  inFlight: number;
  /** Calls about one customer waiting for a free slot; one more is refused at once. */
  waiting: number;
  /** Longest a call waits for a slot before it is refused (KOMET_TIMEOUT_MS in the server). */
  maxWaitMs: number;
}

/**
 * Two at once is what people need (one reading the contacts while another saves); a third call
 * about the same customer waits for one of them. Sixteen waiting absorb a burst from a whole
 * team on one customer; beyond that the calls are refused at once rather than pile up.
 */
export const PER_CUSTOMER_LIMITS: Omit<PerCustomerLimits, 'maxWaitMs'> = {
  inFlight: 2,
  waiting: 16,
};

/** Refused here, before reaching Komet, because Komet has not answered earlier calls about the customer. */
export class KometBusyError extends KometUnavailableError {
  override name = 'KometBusyError';
  constructor(
    readonly customerId: string,
    why: string,
  ) {
    // Nothing was sent, so nothing can have been written (mayHaveWritten false).
    super(
      `Komet has not yet answered earlier calls about customer ${customerId}; this one ${why} and was not sent`,
      false,
    );
  }
}

interface Lane {
  running: number;
  waiting: { start: () => void; timer: NodeJS.Timeout }[];
}

/**
 * Limits the Komet calls about any one customer, so that a customer whose calls hang (or are
 * slow) cannot take every connection to Komet and stall everyone else's work. Calls beyond the
 * limit wait their turn in order; a call about no customer (the customer list) is never limited.
 * Nothing is retried or reordered within a customer, so Komet sees each call at most once.
 */
export function perCustomerLimit(komet: Komet, limits: PerCustomerLimits): Komet {
  const lanes = new Map<string, Lane>();

  function acquire(customerId: string): Promise<void> {
    const lane = lanes.get(customerId) ?? { running: 0, waiting: [] };
    lanes.set(customerId, lane);
    if (lane.running < limits.inFlight) {
      lane.running++;
      return Promise.resolve();
    }
    if (lane.waiting.length >= limits.waiting) {
      return Promise.reject(
        new KometBusyError(customerId, `found ${lane.waiting.length} calls already waiting`),
      );
    }
    return new Promise((resolve, reject) => {
      const waiter = {
        start: resolve,
        timer: setTimeout(() => {
          lane.waiting.splice(lane.waiting.indexOf(waiter), 1);
          const seconds = Math.round(limits.maxWaitMs / 100) / 10;
          reject(new KometBusyError(customerId, `waited ${seconds} s`));
        }, limits.maxWaitMs),
      };
      lane.waiting.push(waiter);
    });
  }

  function release(customerId: string): void {
    const lane = lanes.get(customerId);
    if (!lane) return;
    const next = lane.waiting.shift();
    if (next) {
      // The slot passes straight to the next call, so `running` stays as it is.
      clearTimeout(next.timer);
      next.start();
      return;
    }
    if (--lane.running === 0) lanes.delete(customerId);
  }

  async function limited<T>(customerId: string, call: () => Promise<T>): Promise<T> {
    await acquire(customerId);
    try {
      return await call();
    } finally {
      release(customerId);
    }
  }

  return {
    listCustomers: (filter) => komet.listCustomers(filter),
    addContact: (customerId, contact) =>
      limited(customerId, () => komet.addContact(customerId, contact)),
    updateContact: (customerId, contactId, contact) =>
      limited(customerId, () => komet.updateContact(customerId, contactId, contact)),
    deleteContact: (customerId, contactId) =>
      limited(customerId, () => komet.deleteContact(customerId, contactId)),
    listContacts: (customerId) => limited(customerId, () => komet.listContacts(customerId)),
  };
}
