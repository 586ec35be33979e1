import { describe, expect, it } from 'vitest';
import type { KometCustomer } from '../komet/komet';
import { CustomerIndex } from './customer-index';

const customer = (id: number, name: string, active = true): KometCustomer => ({
  id: String(id),
  name,
  code: `C${id}`,
  active,
});
/** Enough customers that renaming them all is a rebuild, not changes one by one. */
const company = (count: number, name: (id: number) => string) =>
  Array.from({ length: count }, (_, i) => customer(1000 + i, name(1000 + i)));

const total = (index: CustomerIndex, q: string) =>
  index.search(q, { includeInactive: true, limit: 5 }).total;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('CustomerIndex.replaceAll', () => {
  it('when the new list differs in one customer, then only that customer changes and nothing is rebuilt', async () => {
    const before = company(3000, (id) => `Flores ${id}`);
    const index = CustomerIndex.from(before);
    const after = before.map((c) => (c.id === '2500' ? { ...c, name: 'Rosas Renombradas' } : c));
    await index.replaceAll(after);
    expect(index.counts).toEqual({ rebuilds: 1, changes: 1 });
    expect(index.search('renombradas', { includeInactive: false, limit: 5 }).customers).toEqual([
      { id: '2500', name: 'Rosas Renombradas', code: 'C2500', active: true },
    ]);
    expect(total(index, 'flores 2500')).toBe(0);
  });

  it('when customers are missing from the new list, then they are gone and the rest are kept', async () => {
    const index = CustomerIndex.from([
      customer(1, 'Flores'),
      customer(2, 'Rosas'),
      customer(3, 'Lirios'),
    ]);
    await index.replaceAll([customer(1, 'Flores'), customer(3, 'Lirios')]);
    expect(total(index, 'rosas')).toBe(0);
    expect(index.get('2')).toBeUndefined();
    expect([total(index, 'flores'), total(index, 'lirios'), index.size]).toEqual([1, 1, 2]);
  });

  it('while a rebuild runs, then searches answer from the old list, and from the new one once it is done', async () => {
    const index = new CustomerIndex({ sliceMs: 0 });
    await index.replaceAll(company(3000, (id) => `Viejo ${id}`));
    const done = index.replaceAll(company(3000, (id) => `Nuevo ${id}`));
    let turns = 0;
    await nextTurn();
    while (index.updating) {
      expect([total(index, 'viejo'), total(index, 'nuevo')]).toEqual([3000, 0]);
      turns++;
      await nextTurn();
    }
    await done;
    expect(turns).toBeGreaterThan(1);
    expect([total(index, 'viejo'), total(index, 'nuevo')]).toEqual([0, 3000]);
    expect(index.counts.rebuilds).toBe(2);
  });

  it('when a customer is changed during a rebuild, then the change shows at once and survives the swap', async () => {
    const index = new CustomerIndex({ sliceMs: 0 });
    const done = index.replaceAll(company(3000, (id) => `Flores ${id}`));
    await nextTurn();
    expect(index.updating).toBe(true);
    index.put(customer(9999, 'Girasoles Tardíos'));
    index.put(customer(1000, 'Tulipanes Tardíos'));
    expect(total(index, 'tardios')).toBe(2);
    await done;
    expect(total(index, 'tardios')).toBe(2);
    expect(total(index, 'flores 1000')).toBe(0);
    expect(index.size).toBe(3001);
  });
});

describe('CustomerIndex.upsert', () => {
  it('when the list repeats unchanged customers, then only the changed and new ones count as changes', async () => {
    const before = company(3000, (id) => `Flores ${id}`);
    const index = CustomerIndex.from(before);
    await index.upsert([
      ...before.slice(0, 200),
      customer(1001, 'Flores Cerradas', false),
      customer(5000, 'Lirios'),
    ]);
    expect(index.counts).toEqual({ rebuilds: 1, changes: 2 });
    expect(index.search('cerradas', { includeInactive: false, limit: 5 })).toEqual({
      customers: [],
      total: 0,
      inactive: 1,
    });
    expect([total(index, 'lirios'), index.size]).toEqual([1, 3001]);
  });

  it('when most customers changed, then the index is rebuilt and holds the old and the new ones', async () => {
    const index = CustomerIndex.from(company(2000, (id) => `Flores ${id}`));
    await index.upsert(company(1500, (id) => `Rosas ${id}`).map((c) => ({ ...c, id: `9${c.id}` })));
    expect(index.counts.rebuilds).toBe(2);
    expect([total(index, 'flores'), total(index, 'rosas'), index.size]).toEqual([2000, 1500, 3500]);
  });
});
