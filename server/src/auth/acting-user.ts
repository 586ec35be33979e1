import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Who a Komet call is made for, carried across awaits, so quota use is counted per user and
 * background work (refreshing the customer list) can be told from what a user asked for.
 */
export interface Actor {
  username: string;
  background?: boolean;
}

const actors = new AsyncLocalStorage<Actor>();

export const SYSTEM_ACTOR: Actor = { username: 'system' };

export function currentActor(): Actor {
  return actors.getStore() ?? SYSTEM_ACTOR;
}

export function actingAs<T>(actor: Actor, work: () => T): T {
  return actors.run(actor, work);
}

/** Runs work as the server's own background task, whoever's request set it off. */
export function inBackground<T>(work: () => Promise<T>): Promise<T> {
  return actors.run({ username: 'system', background: true }, work);
}
