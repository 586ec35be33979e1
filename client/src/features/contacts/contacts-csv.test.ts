import { parse } from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Contact } from '@komet-contacts/server/contract';
import { buildContactInput } from '@komet-contacts/server/contract/testing';
import { contactCsvRows, contactsCsv, contactsCsvFileName } from './contacts-csv';

const contact = (id: string, overrides: Parameters<typeof buildContactInput>[0] = {}) =>
  ({ id, ...buildContactInput(overrides) }) as Contact;

const HEADER = [
  'Name',
  'Type',
  'E-mail',
  'Phone',
  'Ext.',
  'Mobile',
  'Fax',
  'Instant messaging',
  'Description',
  'PODs by e-mail',
  'Komet id',
];

describe('contactsCsv', () => {
  it('when contacts are exported, then the file starts with a BOM and holds every field of each, in the order given', async () => {
    const csv = await contactsCsv([
      contact('7', { name: 'Lucía Paredes', phone: '02 255 0101', emailPOD: false }),
      contact('3', { name: 'Ana, "la jefa"', description: 'Line one\nline two', mobile: '' }),
    ]);

    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const { data } = parse<string[]>(csv.slice(1).trimEnd());
    expect(data).toEqual([
      HEADER,
      [
        'Lucía Paredes',
        'Buyer',
        'ana.gomez@example.com',
        '02 255 0101',
        '12',
        "'+1 786 555 0199",
        "'+1 305 555 0143",
        'whatsapp:+17865550199',
        'Buys roses for the Miami stores',
        'No',
        '7',
      ],
      [
        'Ana, "la jefa"',
        'Buyer',
        'ana.gomez@example.com',
        "'+1 305 555 0142",
        '12',
        '',
        "'+1 305 555 0143",
        'whatsapp:+17865550199',
        'Line one\nline two',
        'Yes',
        '3',
      ],
    ]);
  });

  it('when a field starts with = + - or @, then its cell starts with an apostrophe, so a spreadsheet keeps it as text', () => {
    const [, row] = contactCsvRows([
      contact('1', {
        name: '=HYPERLINK("http://evil.example","click")',
        type: '@SUM(A1)',
        description: '-2+3',
        instantMessaging: 'plain @ text = fine',
      }),
    ]);
    expect(row?.slice(0, 2)).toEqual(['\'=HYPERLINK("http://evil.example","click")', "'@SUM(A1)"]);
    expect(row?.[8]).toBe("'-2+3");
    expect(row?.[7]).toBe('plain @ text = fine');
  });

  it('when a contact has no optional fields, then their cells are empty and PODs reads No', () => {
    const [, row] = contactCsvRows([{ id: '9', name: 'Solo', type: 'A/P' }]);
    expect(row).toEqual(['Solo', 'A/P', '', '', '', '', '', '', '', 'No', '9']);
  });
});

describe('contactsCsvFileName', () => {
  const day = new Date(2026, 10, 30, 23, 59);

  it.each([
    ['Rosaflor Ecuador S.A.', 'rosaflor-ecuador-contacts-2026-11-30.csv'],
    ['Rosas Bogotá S.A.S.', 'rosas-bogota-contacts-2026-11-30.csv'],
    ['Évora Garden Imports', 'evora-garden-imports-contacts-2026-11-30.csv'],
    ['Flores & Co. Ltd.', 'flores-contacts-2026-11-30.csv'],
    ['花', 'customer-contacts-2026-11-30.csv'],
  ])('when the customer is %s, then the file is %s', (name, expected) => {
    expect(contactsCsvFileName(name, day)).toBe(expected);
  });
});
