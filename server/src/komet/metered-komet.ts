import { currentActor } from '../auth/acting-user';
import type { KometCallsStore } from '../db/komet-calls';
import { ProblemError } from '../errors';
import type { Logger } from '../logger';
import type { Komet } from './komet';

export interface MeterOptions {
  calls: KometCallsStore;
  /** KOMET_DAILY_CALLS. */
  dailyCalls: number;
  logger: Logger;
  now: () => number;
}

/** Background work stops here, keeping the last tenth of the day's budget for people. */
export const BACKGROUND_SHARE = 0.9;

export const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

const budgetSpent = (dailyCalls: number) =>
  new ProblemError({
    status: 429,
    code: 'budget-spent',
    title: "Today's Komet budget is used up",
    detail: `Today's budget of ${dailyCalls} Komet calls (KOMET_DAILY_CALLS) is used up. Nothing was sent to Komet; it resets at midnight UTC.`,
  });

/**
 * Counts every Komet call per UTC day, user and method in the database, refuses calls once the
 * day's budget is spent (background refreshes already at 90 %), and logs one line per call.
 */
export function meteredKomet(komet: Komet, options: MeterOptions): Komet {
  async function metered<T>(
    method: string,
    customerId: string | undefined,
    call: () => Promise<T>,
  ) {
    const actor = currentActor();
    const ceiling = actor.background
      ? Math.floor(options.dailyCalls * BACKGROUND_SHARE)
      : options.dailyCalls;
    const day = utcDay(options.now());
    const refusal = await options.calls.take({ day, username: actor.username, method }, ceiling);
    if (refusal) {
      options.logger.info('komet.call', {
        method,
        customerId,
        user: actor.username,
        outcome: 'budget',
      });
      throw budgetSpent(options.dailyCalls);
    }
    const started = performance.now();
    let outcome = 'ok';
    try {
      return await call();
    } catch (error) {
      outcome = error instanceof Error ? error.name : 'error';
      throw error;
    } finally {
      options.logger.info('komet.call', {
        method,
        customerId,
        user: actor.username,
        ms: Math.round(performance.now() - started),
        outcome,
      });
    }
  }

  return {
    listCustomers: (filter) =>
      metered('customer.list', undefined, () => komet.listCustomers(filter)),
    addContact: (customerId, contact) =>
      metered('customer.contact.add', customerId, () => komet.addContact(customerId, contact)),
    updateContact: (customerId, contactId, contact) =>
      metered('customer.contact.update', customerId, () =>
        komet.updateContact(customerId, contactId, contact),
      ),
    deleteContact: (customerId, contactId) =>
      metered('customer.contact.delete', customerId, () =>
        komet.deleteContact(customerId, contactId),
      ),
    listContacts: (customerId) =>
      metered('customer.contact.list', customerId, () => komet.listContacts(customerId)),
  };
}
