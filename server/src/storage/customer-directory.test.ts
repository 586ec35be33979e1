import { beforeEach, describe, expect, it } from 'vitest';
import type { CustomerListFilter, Komet, KometCustomer } from '../komet/komet';
import { CustomerDirectory } from './customer-directory';

const REFRESH_AFTER_MS = 5 * 60_000;
const FULL_RELOAD_AFTER_MS = 24 * 60 * 60_000;
const RETRY_AFTER_MS = 30_000;

const ROSAFLOR: KometCustomer = {
  id: '4242',
  name: 'Rosaflor Ecuador',
  code: 'ROSAFLOR',
  active: true,
  updatedOn: '2026-11-02T10:00:00',
};
const AERO: KometCustomer = {
  id: '4243',
  name: 'Bloemenhandel Ærø',
  code: 'AERO',
  active: true,
  updatedOn: '2026-10-12T08:15:00',
};
const PENA: KometCustomer = {
  id: '4244',
  name: 'Floristería Peña',
  code: 'PENA',
  active: false,
  updatedOn: '2026-03-01T12:00:00',
};

/** A Komet that only lists customers, each answer held until the test gives it. */
function fakeKomet() {
  const requests: {
    filter: CustomerListFilter;
    answer: (customers: KometCustomer[]) => void;
    fail: (error: Error) => void;
  }[] = [];
  const unused = () => {
    throw new Error('the customer directory must only list customers');
  };
  const komet: Komet = {
    listCustomers: (filter = {}) =>
      new Promise((resolve, reject) => requests.push({ filter, answer: resolve, fail: reject })),
    addContact: unused,
    updateContact: unused,
    deleteContact: unused,
    listContacts: unused,
  };
  const last = () => requests.at(-1)!;
  return {
    komet,
    requests,
    answer: (customers: KometCustomer[]) => last().answer(customers),
    fail: (error: Error) => last().fail(error),
  };
}

let clock: number;
let fake: ReturnType<typeof fakeKomet>;
let errors: unknown[];
let directory: CustomerDirectory;

beforeEach(() => {
  clock = Date.UTC(2026, 10, 3, 9, 0, 0);
  fake = fakeKomet();
  errors = [];
  directory = new CustomerDirectory({
    komet: fake.komet,
    refreshAfterMs: REFRESH_AFTER_MS,
    fullReloadAfterMs: FULL_RELOAD_AFTER_MS,
    retryAfterMs: RETRY_AFTER_MS,
    now: () => clock,
    onError: (error) => errors.push(error),
  });
});

async function loaded(customers: KometCustomer[]) {
  const ready = directory.ready();
  fake.answer(customers);
  return ready;
}

/** Lets a refresh started in the background finish with the given answer. */
async function finishRefresh(customers: KometCustomer[]) {
  const inFlight = directory.refresh(); // joins the refresh in flight, asks Komet nothing new
  fake.answer(customers);
  await inFlight;
}

const namesFor = async (q: string) =>
  (await directory.ready())
    .search(q, { includeInactive: true, limit: 20 })
    .customers.map((c) => c.name);

describe('CustomerDirectory first load', () => {
  it('when the first search comes, then the whole list is loaded once, inactive customers included', async () => {
    const index = await loaded([ROSAFLOR, AERO, PENA]);
    expect(fake.requests.map((request) => request.filter)).toEqual([{ includeInactive: true }]);
    expect(index.size).toBe(3);
    expect(directory.refreshedAt()).toEqual(new Date(clock));
  });

  it('when several searches arrive together before the list is loaded, then they share one Komet call', async () => {
    const searches = [directory.ready(), directory.ready(), directory.ready()];
    fake.answer([ROSAFLOR]);
    const indexes = await Promise.all(searches);
    expect(fake.requests).toHaveLength(1);
    expect(indexes.every((index) => index.size === 1)).toBe(true);
  });

  it('when the first load fails, then searches fail fast without asking Komet until the retry delay has passed', async () => {
    const first = directory.ready();
    fake.fail(new Error('Komet could not be reached'));
    await expect(first).rejects.toThrow('Komet could not be reached');

    clock += RETRY_AFTER_MS - 1;
    await expect(directory.ready()).rejects.toThrow('Komet could not be reached');
    expect(fake.requests).toHaveLength(1);

    clock += 1;
    expect((await loaded([ROSAFLOR])).size).toBe(1);
    expect(fake.requests).toHaveLength(2);
  });
});

describe('CustomerDirectory refreshes', () => {
  it('when many searches come within the refresh interval, then they cost no further Komet calls', async () => {
    await loaded([ROSAFLOR, AERO]);
    for (let minute = 0; minute < 50; minute++) {
      clock += (REFRESH_AFTER_MS - 1) / 50;
      expect(await namesFor('ros')).toEqual(['Rosaflor Ecuador']);
    }
    expect(fake.requests).toHaveLength(1);
  });

  it('when a search comes after the interval, then it is answered at once and one background refresh asks for changes since the latest update', async () => {
    await loaded([AERO, ROSAFLOR, PENA]);
    clock += REFRESH_AFTER_MS;
    expect(await namesFor('rosaflor')).toEqual(['Rosaflor Ecuador']);
    expect(await namesFor('rosaflor')).toEqual(['Rosaflor Ecuador']);
    expect(fake.requests.map((request) => request.filter)).toEqual([
      { includeInactive: true },
      { includeInactive: true, updateAsOf: '2026-11-02' },
    ]);

    const renamed = {
      ...ROSAFLOR,
      name: 'Rosaflor Ecuador Cía. Ltda.',
      updatedOn: '2026-11-03T08:00:00',
    };
    const added: KometCustomer = {
      id: '5001',
      name: 'Rosas Nuevas',
      code: 'RN',
      active: true,
      updatedOn: '2026-11-03T08:30:00',
    };
    await finishRefresh([renamed, added]);

    expect(fake.requests).toHaveLength(2);
    expect(await namesFor('ros')).toEqual(['Rosaflor Ecuador Cía. Ltda.', 'Rosas Nuevas']);
    expect((await directory.ready()).size).toBe(4);
    expect(directory.refreshedAt()).toEqual(new Date(clock));
    expect(fake.requests).toHaveLength(2);
  });

  it('when a background refresh fails, then searches keep the old list and the error is reported', async () => {
    await loaded([ROSAFLOR]);
    clock += REFRESH_AFTER_MS;
    await directory.ready();
    const inFlight = directory.refresh();
    fake.fail(new Error('Komet answered HTTP 502'));
    await expect(inFlight).rejects.toThrow('Komet answered HTTP 502');
    expect(errors).toHaveLength(1);
    expect((await directory.ready()).get('4242')?.name).toBe('Rosaflor Ecuador');
    expect(fake.requests).toHaveLength(2);

    clock += RETRY_AFTER_MS;
    await directory.ready();
    expect(fake.requests).toHaveLength(3);
  });

  it('when the full-reload interval has passed, then the whole list is loaded again and replaces the old one', async () => {
    await loaded([ROSAFLOR, AERO, PENA]);
    clock += FULL_RELOAD_AFTER_MS;
    await directory.ready();
    expect(fake.requests.at(-1)?.filter).toEqual({ includeInactive: true });

    await finishRefresh([ROSAFLOR, { ...PENA, active: true }]);

    const index = await directory.ready();
    expect(fake.requests).toHaveLength(2);
    expect(index.size).toBe(2);
    expect(index.get('4243')).toBeUndefined();
    expect(index.get('4244')?.active).toBe(true);
  });
});

describe('CustomerDirectory refreshes touch only what changed', () => {
  it('when a periodic refresh lists one changed customer among unchanged ones, then only that one changes and nothing is rebuilt', async () => {
    const index = await loaded([ROSAFLOR, AERO, PENA]);
    const before = { ...index.counts };
    clock += REFRESH_AFTER_MS;
    await directory.ready();
    await finishRefresh([ROSAFLOR, { ...AERO, name: 'Bloemen Ærø Nieuw' }]);
    expect(index.counts).toEqual({ rebuilds: before.rebuilds, changes: before.changes + 1 });
    expect(await namesFor('nieuw')).toEqual(['Bloemen Ærø Nieuw']);
    expect(await namesFor('bloemenhandel')).toEqual([]);
  });

  it('when the daily full reload finds one customer changed, then only that one changes and nothing is rebuilt', async () => {
    const index = await loaded([ROSAFLOR, AERO, PENA]);
    const before = { ...index.counts };
    clock += FULL_RELOAD_AFTER_MS;
    await directory.ready();
    await finishRefresh([ROSAFLOR, AERO, { ...PENA, active: true }]);
    expect(index.counts).toEqual({ rebuilds: before.rebuilds, changes: before.changes + 1 });
    expect(
      (await directory.ready()).search('pena', { includeInactive: false, limit: 5 }).total,
    ).toBe(1);
  });
});
