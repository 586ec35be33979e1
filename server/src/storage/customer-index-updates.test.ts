import { describe, expect, it } from 'vitest';
import type { KometCustomer } from '../komet/komet';
import { seededRandom } from '../seeded-random';
import { CustomerIndex } from './customer-index';
import { generateCustomers } from './seed-customers';

const customer = (id: string, name: string, code: string, active = true): KometCustomer => ({
  id,
  name,
  code,
  active,
});

const find = (index: CustomerIndex, q: string, includeInactive = false) =>
  index.search(q, { includeInactive, limit: 50 });
const names = (index: CustomerIndex, q: string) => find(index, q).customers.map((c) => c.name);

describe('CustomerIndex.put and remove', () => {
  it('when a customer is renamed, then it is found by its new name and no longer by its old one', () => {
    const index = CustomerIndex.from([
      customer('1', 'Flores Viejas', 'F1'),
      customer('2', 'Rosas', 'R2'),
    ]);
    index.put(customer('1', 'Tulipanes Nuevos', 'F1'));
    expect(names(index, 'tulipanes')).toEqual(['Tulipanes Nuevos']);
    expect(find(index, 'viejas')).toEqual({ customers: [], total: 0 });
    expect(names(index, 'f1')).toEqual(['Tulipanes Nuevos']);
    expect(index.size).toBe(2);
  });

  it('when a customer is removed, then no search finds it, by name, code or id', () => {
    const index = CustomerIndex.from([customer('1', 'Flores', 'F1'), customer('2', 'Rosas', 'R2')]);
    index.remove('1');
    for (const q of ['flores', 'f1', '1']) expect(find(index, q, true).total).toBe(0);
    expect(index.get('1')).toBeUndefined();
    expect(names(index, 'rosas')).toEqual(['Rosas']);
  });

  it('when a customer is closed or reopened, then it is hidden and counted as inactive, then shown again', () => {
    const index = CustomerIndex.from([
      customer('1', 'Flores A', 'FA'),
      customer('2', 'Flores B', 'FB'),
    ]);
    index.put(customer('2', 'Flores B', 'FB', false));
    expect(find(index, 'flores')).toEqual({
      customers: [customer('1', 'Flores A', 'FA')],
      total: 1,
      inactive: 1,
    });
    index.put(customer('2', 'Flores B', 'FB'));
    expect(find(index, 'flores')).toEqual({
      customers: [customer('1', 'Flores A', 'FA'), customer('2', 'Flores B', 'FB')],
      total: 2,
    });
  });

  it('when a new customer is put, then it takes its place in name order and its id is found', () => {
    const index = CustomerIndex.from([
      customer('1', 'Flores A', 'FA'),
      customer('3', 'Flores C', 'FC'),
    ]);
    index.put(customer('2', 'Flores B', 'FB'));
    expect(names(index, 'flores')).toEqual(['Flores A', 'Flores B', 'Flores C']);
    expect(names(index, '2')).toEqual(['Flores B']);
  });

  it('when a customer is put again unchanged, then nothing is counted as changed', () => {
    const index = CustomerIndex.from([customer('1', 'Flores', 'F1')]);
    index.put(customer('1', 'Flores', 'F1'));
    index.remove('404');
    expect(index.counts).toEqual({ rebuilds: 1, changes: 0 });
  });

  it('when thousands of customers come and go one by one, then every search answers as a fresh index would', () => {
    const next = seededRandom(3);
    const pool = generateCustomers(5000);
    const live = new Map(pool.slice(0, 2500).map((c) => [c.id, c]));
    const index = CustomerIndex.from([...live.values()]);
    const remove = (id: string) => (index.remove(id), live.delete(id));
    // Random changes first grow and split blocks; then most customers go, leaving blocks to join.
    for (let step = 0; step < 5000; step++) {
      const picked = pool[Math.floor(next() * pool.length)]!;
      if (next() < 0.3) remove(picked.id);
      else {
        const changed = { ...picked, name: next() < 0.5 ? picked.name : `Renamed ${step}` };
        index.put(changed);
        live.set(changed.id, changed);
      }
    }
    for (const id of [...live.keys()].filter(() => next() < 0.9)) remove(id);

    const fresh = CustomerIndex.from([...live.values()]);
    expect(index.size).toBe(live.size);
    for (const q of ['r', 'renamed', 'flores', 'del valle', '東京', 'flor000', '1500', 'zz']) {
      expect(find(index, q, true)).toEqual(find(fresh, q, true));
    }
  });
});
