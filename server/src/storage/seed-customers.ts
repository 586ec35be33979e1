import type { KometCustomer } from '../komet/komet';
import { seededRandom } from '../seeded-random';

// Realistic names for a cut-flower trader's customers: Latin names with accents, and non-Latin
// scripts, so search is exercised on the text people really type.
const FIRST = [
  'Flores',
  'Rosas',
  'Bloemen',
  'Fleurs',
  'Blumen',
  'Fiori',
  'Çiçek',
  'Blomster',
  'Kwiaty',
  'Květiny',
  'Floristería',
  'Jardín',
  'Orquídeas',
  'Tulipán',
  'Girasol',
  'Hortênsia',
  'Pétalo',
  'Lirio',
] as const;
const SECOND = [
  'del Valle',
  'de la Sabana',
  'Andinas',
  'Bogotá',
  'Quito',
  'São Paulo',
  'Müller',
  'van Dijk',
  'Ørsted',
  'Łódź',
  'Provence',
  'Niño',
  'Mañana',
  'Córdoba',
  'Zürich',
  'Kraków',
  'Málaga',
  'Medellín',
  'Cayambe',
  'Aalsmeer',
  'Naivasha',
  'Holambra',
] as const;
const SUFFIX = [
  'S.A.S.',
  'Ltda.',
  'B.V.',
  'GmbH',
  'S.A.',
  'Inc.',
  'LLC',
  'Sp. z o.o.',
  'SARL',
  '',
] as const;
const NON_LATIN = [
  '花の森 株式会社',
  '東京フラワー商事',
  '上海鲜花贸易有限公司',
  'Цветы Москвы',
  'Букет Сибири',
  'Ανθοπωλείο Αθηνών',
  'زهور دبي للتجارة',
  'פרחי הגליל',
  '서울 꽃 도매',
  'ดอกไม้กรุงเทพ',
] as const;
const SALES_PEOPLE = [
  'María Fernández',
  'John Carter',
  'Sofie de Vries',
  'Kenji Watanabe',
] as const;

const pick = <T>(items: readonly T[], next: () => number): T =>
  items[Math.floor(next() * items.length)]!;

const codeOf = (name: string, index: number) =>
  name
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .slice(0, 4)
    .toUpperCase()
    .padEnd(4, 'X') + String(index).padStart(3, '0');

/** `count` customers with ids from 1001, about one in twenty inactive. */
export function generateCustomers(count: number, seed = 7): KometCustomer[] {
  const next = seededRandom(seed);
  const customers: KometCustomer[] = [];
  for (let index = 0; index < count; index++) {
    const name =
      index % 29 === 5
        ? pick(NON_LATIN, next) + (index > 29 ? ` ${index}` : '')
        : `${pick(FIRST, next)} ${pick(SECOND, next)} ${pick(SUFFIX, next)}`.trim();
    const day = 1 + Math.floor(next() * 28);
    customers.push({
      id: String(1001 + index),
      name,
      code: codeOf(name, index) || `C${index}`,
      active: next() > 0.05,
      salesPerson: pick(SALES_PEOPLE, next),
      updatedOn: `2026-${String(1 + Math.floor(next() * 10)).padStart(2, '0')}-${String(day).padStart(2, '0')}T09:30:00`,
    });
  }
  return customers;
}

/** The simulator's default company: a few hundred customers, some fixed ones tests and demos rely on. */
export function seedCustomers(): KometCustomer[] {
  return [
    {
      id: '4242',
      name: 'Rosaflor Ecuador S.A.',
      code: 'ROSAFLOR',
      active: true,
      salesPerson: 'María Fernández',
      updatedOn: '2026-11-02T10:00:00',
    },
    {
      id: '4243',
      name: 'Bloemenhandel Ærø & Søn',
      code: 'AERO',
      active: true,
      salesPerson: 'Sofie de Vries',
      updatedOn: '2026-10-12T08:15:00',
    },
    {
      id: '4244',
      name: 'Floristería Peña Núñez',
      code: 'PENA',
      active: false,
      salesPerson: 'María Fernández',
      updatedOn: '2026-03-01T12:00:00',
    },
    {
      id: '98765432109876543210',
      name: 'Évora Garden Imports',
      code: 'EVORA20',
      active: true,
      salesPerson: 'John Carter',
      updatedOn: '2026-09-09T09:09:09',
    },
    ...generateCustomers(300),
  ];
}
