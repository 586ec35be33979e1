import { describe, expect, it } from 'vitest';
import { buildContactInput } from '../contract/testing';
import { circuitBreaker, KometDownError } from './circuit-breaker';
import { KometRejectedError, KometTimeoutError, KometUnavailableError, type Komet } from './komet';

/** A Komet that fails (or answers) as the test says, counting what was actually sent. */
function scriptedKomet() {
  let failure: Error | undefined;
  const sent: string[] = [];
  const answer = <T>(label: string, value: T): Promise<T> => {
    sent.push(label);
    return failure ? Promise.reject(failure) : Promise.resolve(value);
  };
  const komet: Komet = {
    listCustomers: () => answer('customers', []),
    addContact: (customerId) => answer(`add ${customerId}`, { contactId: '9', message: 'saved' }),
    updateContact: (customerId, contactId) =>
      answer(`update ${customerId}`, { contactId, message: 'updated' }),
    deleteContact: (customerId, contactId) =>
      answer(`delete ${customerId}`, { contactId, message: 'deleted' }),
    listContacts: (customerId) => answer(`list ${customerId}`, []),
  };
  return { komet, sent, failWith: (error: Error | undefined) => (failure = error) };
}

const GATEWAY_DOWN = new KometUnavailableError('Komet answered HTTP 503', true);
const POLICY = { failures: 3, coolDownMs: 5_000, maxCoolDownMs: 60_000 };

function setUp() {
  let clock = 1_000_000;
  const scripted = scriptedKomet();
  const breaker = circuitBreaker(scripted.komet, { ...POLICY, now: () => clock });
  const add = (customerId: string) =>
    breaker.komet.addContact(customerId, buildContactInput()).then(
      () => 'saved',
      (error: unknown) => (error as Error).name,
    );
  return { ...scripted, breaker, add, wait: (ms: number) => (clock += ms) };
}

describe('a Komet that is down', () => {
  it('when calls about two customers fail three times running, then the next ones fail at once without being sent', async () => {
    const { add, sent, failWith, breaker } = setUp();
    failWith(GATEWAY_DOWN);
    expect([await add('1'), await add('2'), await add('1')]).toEqual(
      Array(3).fill('KometUnavailableError'),
    );
    expect(await add('3')).toBe('KometDownError');
    expect(sent).toHaveLength(3);
    expect(breaker.pausedFor()).toBe(5_000);
    expect(breaker.state()).toEqual({ state: 'down', reachedAt: null });
  });

  it('when the pause is over and Komet is back, then one call tries, and then all go through', async () => {
    const { add, sent, failWith, wait, breaker } = setUp();
    failWith(GATEWAY_DOWN);
    for (const customer of ['1', '2', '3']) await add(customer);
    failWith(undefined);
    wait(5_000);
    expect(breaker.pausedFor()).toBe(0);
    expect(await add('4')).toBe('saved');
    expect(breaker.state()).toEqual({ state: 'ok', reachedAt: 1_005_000 });
    expect(await add('5')).toBe('saved');
    expect(sent).toEqual(['add 1', 'add 2', 'add 3', 'add 4', 'add 5']);
  });

  it('when the trying call fails too, then the pause doubles', async () => {
    const { add, failWith, wait, breaker } = setUp();
    failWith(GATEWAY_DOWN);
    for (const customer of ['1', '2', '3']) await add(customer);
    wait(5_000);
    expect(await add('4')).toBe('KometUnavailableError');
    expect(breaker.pausedFor()).toBe(10_000);
  });

  it('while the trying call is on its way, then other calls fail at once rather than pile on', async () => {
    const { breaker, failWith, wait, sent } = setUp();
    failWith(GATEWAY_DOWN);
    for (const customer of ['1', '2', '3']) {
      await breaker.komet.listContacts(customer).catch(() => undefined);
    }
    failWith(undefined);
    wait(5_000);
    const trying = breaker.komet.listContacts('4');
    await expect(breaker.komet.listContacts('5')).rejects.toBeInstanceOf(KometDownError);
    await expect(trying).resolves.toEqual([]);
    expect(sent).toEqual(['list 1', 'list 2', 'list 3', 'list 4']);
  });

  it('when Komet refuses the trying call, then it is up: calls go through again', async () => {
    const { add, failWith, wait } = setUp();
    failWith(GATEWAY_DOWN);
    for (const customer of ['1', '2', '3']) await add(customer);
    failWith(new KometRejectedError('Unknown contact type'));
    wait(5_000);
    expect(await add('4')).toBe('KometRejectedError');
    failWith(undefined);
    expect(await add('5')).toBe('saved');
  });
});

describe('failures that are not Komet being down', () => {
  it('when only one customer’s calls time out, however often, then other customers are not cut off', async () => {
    const { add, failWith } = setUp();
    failWith(new KometTimeoutError('customer.contact.add', true, 15_000));
    for (let i = 0; i < 5; i++) expect(await add('4242')).toBe('KometTimeoutError');
    failWith(undefined);
    expect(await add('7')).toBe('saved');
  });

  it('when one customer’s calls have failed many times and then another’s fails, then Komet is down', async () => {
    const { add, failWith, breaker } = setUp();
    failWith(GATEWAY_DOWN);
    for (let i = 0; i < 50; i++) await add('4242');
    expect(breaker.state().state).toBe('degraded');

    await add('7');

    expect(breaker.state().state).toBe('down');
  });

  it('when an answer comes between failures, then the count starts again', async () => {
    const { add, failWith, breaker } = setUp();
    failWith(GATEWAY_DOWN);
    await add('1');
    await add('2');
    expect(breaker.state().state).toBe('degraded');
    failWith(undefined);
    await add('3');
    failWith(GATEWAY_DOWN);
    await add('1');
    await add('2');
    expect(await add('3')).toBe('KometUnavailableError');
  });
});
