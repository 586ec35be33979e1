import { describe, expect, it } from 'vitest';
import type { KometCustomer } from '../komet/komet';
import { CustomerIndex } from './customer-index';

const customer = (id: string, name: string, code: string, active = true): KometCustomer => ({
  id,
  name,
  code,
  active,
});

const indexOf = (customers: KometCustomer[]) => CustomerIndex.from(customers);

const search = (
  index: CustomerIndex,
  q: string,
  options: { includeInactive?: boolean; limit?: number } = {},
) =>
  index.search(q, {
    includeInactive: options.includeInactive ?? false,
    limit: options.limit ?? 20,
  });

const names = (result: ReturnType<typeof search>) => result.customers.map((found) => found.name);

describe('CustomerIndex.search ranking', () => {
  it('when a query matches in different ways, then exact code, name prefix, code prefix, word prefix and contains come in that order', () => {
    const index = indexOf([
      customer('1', 'Bellarosa Farms', 'BELL'),
      customer('2', 'Flores Rosales', 'FLRO'),
      customer('3', 'Primavera', 'ROSAX'),
      customer('4', 'Rosaflor Ecuador', 'RFE'),
      customer('5', 'Green Trading', 'ROSA'),
      customer('6', 'Tulipán Quito', 'TQ'),
    ]);
    expect(names(search(index, 'rosa'))).toEqual([
      'Green Trading', // exact code
      'Rosaflor Ecuador', // name prefix
      'Primavera', // code prefix
      'Flores Rosales', // a word of the name starts with it
      'Bellarosa Farms', // inside a word
    ]);
  });

  it('when the query is a customer id, then that customer comes before names starting with the same digits', () => {
    const index = indexOf([
      customer('100', '4242 Flowers', 'FL'),
      customer('4242', 'Rosaflor Ecuador', 'ROSAFLOR'),
    ]);
    expect(search(index, '4242').customers.map((found) => found.id)).toEqual(['4242', '100']);
  });

  it('when the query is a code in another case, then that customer comes first', () => {
    const index = indexOf([
      customer('1', 'Aerolíneas Florales', 'AF'),
      customer('2', 'Bloemenhandel Ærø', 'AERO'),
    ]);
    expect(names(search(index, 'aero'))).toEqual(['Bloemenhandel Ærø', 'Aerolíneas Florales']);
  });

  it('when several customers share a rank, then they come in alphabetical order, accents ignored', () => {
    const index = indexOf([
      customer('1', 'Flores Zürich', 'A1'),
      customer('2', 'Flores Ávila', 'A2'),
      customer('3', 'Flores Bogotá', 'A3'),
    ]);
    expect(names(search(index, 'flores'))).toEqual([
      'Flores Ávila',
      'Flores Bogotá',
      'Flores Zürich',
    ]);
  });

  it('when the words of the query appear in another order, then the customer is still found', () => {
    const index = indexOf([customer('4244', 'Floristería Peña Núñez', 'PENA')]);
    expect(names(search(index, 'nunez pena'))).toEqual(['Floristería Peña Núñez']);
  });
});

describe('CustomerIndex.search text matching', () => {
  const index = indexOf([
    customer('4244', 'Floristería Peña Núñez', 'PENA'),
    customer('1001', 'Flores Bogotá S.A.S.', 'FLOR000'),
    customer('1006', '東京フラワー商事', 'X006'),
    customer('1007', 'Цветы Москвы', 'X007'),
    customer('1008', 'Rosas del Valle', 'ROSA008'),
  ]);

  it('when the query has no accents, then accented names are found', () => {
    expect(names(search(index, 'pena nunez'))).toEqual(['Floristería Peña Núñez']);
  });

  it('when the query is in capitals, then names are found whatever their case', () => {
    expect(names(search(index, 'BOGOTA'))).toEqual(['Flores Bogotá S.A.S.']);
  });

  it('when the query has accents the name also has, then it is found', () => {
    expect(names(search(index, 'Peña'))).toEqual(['Floristería Peña Núñez']);
  });

  it('when the query is in a non-Latin script, then names in that script are found', () => {
    expect(names(search(index, '東京'))).toEqual(['東京フラワー商事']);
    expect(names(search(index, 'москв'))).toEqual(['Цветы Москвы']);
  });

  it('when the query has extra spaces, then they are ignored', () => {
    expect(names(search(index, '  rosas   del  '))).toEqual(['Rosas del Valle']);
  });

  it('when the query is empty or blank, then nothing is returned', () => {
    expect(search(index, '')).toEqual({ customers: [], total: 0 });
    expect(search(index, '   ')).toEqual({ customers: [], total: 0 });
  });

  it('when nothing matches, then the result is empty', () => {
    expect(search(index, 'tulipán')).toEqual({ customers: [], total: 0 });
  });
});

describe('CustomerIndex.search options', () => {
  it('when a customer is inactive, then it is hidden unless inactive ones are asked for, and then marked', () => {
    const index = indexOf([
      customer('1', 'Flores Activas', 'FA'),
      customer('2', 'Flores Cerradas', 'FC', false),
    ]);
    expect(search(index, 'flores').customers).toEqual([
      { id: '1', name: 'Flores Activas', code: 'FA', active: true },
    ]);
    expect(search(index, 'flores', { includeInactive: true })).toEqual({
      customers: [
        { id: '1', name: 'Flores Activas', code: 'FA', active: true },
        { id: '2', name: 'Flores Cerradas', code: 'FC', active: false },
      ],
      total: 2,
    });
  });

  it('when inactive customers match but are left out, then inactive counts them, and is absent otherwise', () => {
    const index = indexOf([
      customer('1', 'Flores Activas', 'FA'),
      customer('2', 'Flores Cerradas', 'FC', false),
      customer('3', 'Peña Cerrada', 'PC', false),
    ]);
    expect(search(index, 'flores')).toEqual({
      customers: [{ id: '1', name: 'Flores Activas', code: 'FA', active: true }],
      total: 1,
      inactive: 1,
    });
    expect(search(index, 'cerrad')).toEqual({ customers: [], total: 0, inactive: 2 });
    expect(search(index, 'cerrad', { includeInactive: true })).not.toHaveProperty('inactive');
    expect(search(index, 'activas')).toEqual({
      customers: [{ id: '1', name: 'Flores Activas', code: 'FA', active: true }],
      total: 1,
    });
  });

  it('when more customers match than the limit, then the best few come back and total counts them all', () => {
    const many = Array.from({ length: 30 }, (_, i) =>
      customer(String(2000 + i), `Flores ${String(i).padStart(2, '0')}`, `F${i}`),
    );
    const index = indexOf([...many, customer('1', 'Green', 'FLORES')]);
    const result = search(index, 'flores', { limit: 5 });
    expect(result.total).toBe(31);
    expect(names(result)).toEqual(['Green', 'Flores 00', 'Flores 01', 'Flores 02', 'Flores 03']);
  });

  it('when a customer has a sales person, then the summary carries it', () => {
    const index = indexOf([{ ...customer('1', 'Flores', 'F'), salesPerson: 'María Fernández' }]);
    expect(search(index, 'flores').customers[0]).toEqual({
      id: '1',
      name: 'Flores',
      code: 'F',
      active: true,
      salesPerson: 'María Fernández',
    });
  });
});

describe('CustomerIndex updates', () => {
  it('when customers are upserted, then changed ones are replaced, new ones added and the rest kept', async () => {
    const index = indexOf([customer('1', 'Flores Viejas', 'F1'), customer('2', 'Rosas', 'R2')]);
    await index.upsert([
      customer('1', 'Flores Nuevas', 'F1'),
      customer('3', 'Flores Terceras', 'F3'),
    ]);
    expect(index.size).toBe(3);
    expect(names(search(index, 'flores'))).toEqual(['Flores Nuevas', 'Flores Terceras']);
    expect(names(search(index, 'rosas'))).toEqual(['Rosas']);
  });
});

describe('CustomerIndex over many customers', () => {
  it('when neighbouring customers all match by code or name, then each is found once', () => {
    const customers = ['Alba', 'Brisa', 'Ceiba', 'Dalia'].map((name, i) => ({
      id: String(100 + i),
      name: `${name} Rosas`,
      code: `ROSA${i}`,
      active: true,
    }));
    const index = indexOf(customers);

    const byCode = index.search('rosa', { includeInactive: false, limit: 10 });
    expect(byCode.total).toBe(4);
    expect(byCode.customers.map((customer) => customer.id)).toEqual(['100', '101', '102', '103']);
    expect(index.search('rosas', { includeInactive: false, limit: 2 })).toEqual({
      customers: [expect.objectContaining({ id: '100' }), expect.objectContaining({ id: '101' })],
      total: 4,
    });
  });
});

describe('CustomerIndex one-letter searches', () => {
  const index = indexOf([
    customer('1', 'Flores del Río', 'FDR'),
    customer('2', 'Rosas Andinas', 'RAN'),
    customer('3', 'Tierra Verde', 'TV'),
    customer('4', '東京フラワー商事', 'TKF'),
  ]);

  it('when one Latin letter is typed, then only names, words and codes starting with it match', () => {
    const found = index.search('r', { includeInactive: false, limit: 10 });
    expect(found.customers.map((c) => c.name)).toEqual(['Rosas Andinas', 'Flores del Río']);
    expect(found.total).toBe(2);
  });

  it('when one CJK character is typed, then it matches anywhere in the name', () => {
    expect(index.search('京', { includeInactive: false, limit: 10 }).total).toBe(1);
  });
});

describe('CustomerIndex letters that NFD leaves whole', () => {
  it('when "aero" or "son" is typed, then "Bloemenhandel Ærø & Søn" is found', () => {
    const index = indexOf([customer('4243', 'Bloemenhandel Ærø & Søn', 'AERO')]);
    for (const typed of ['aero', 'son', 'ÆRØ']) {
      expect(index.search(typed, { includeInactive: false, limit: 5 }).total).toBe(1);
    }
  });
});
