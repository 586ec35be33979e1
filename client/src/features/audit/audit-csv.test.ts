import { parse } from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '@komet-contacts/server/contract';
import { setLocale } from '../../i18n/runtime';
import { auditCsv, auditCsvFileName, auditCsvRows } from './audit-csv';

const QUEUED_ADD: AuditEntry = {
  id: '40',
  at: '2026-11-29T15:04:00.000Z',
  username: 'sofia',
  userName: 'Sofía Ruiz',
  customerId: '4242',
  customerName: 'Rosaflor Ecuador S.A.',
  contactId: '502',
  action: 'add',
  fields: { name: 'Ana, "la jefa" Núñez', type: 'Buyer', emailPOD: true },
  before: null,
  outcome: 'saved',
  message: 'Contact was successfully saved',
  completedAt: '2026-11-29T15:06:00.000Z',
  steps: [
    {
      at: '2026-11-29T15:04:15.000Z',
      kind: 'komet-failed',
      code: 'komet-failed',
      data: {
        cause: 'timeout',
        reason: 'Komet did not answer customer.contact.add within 15000 ms',
      },
      message: 'Komet did not answer customer.contact.add within 15000 ms',
    },
    {
      at: '2026-11-29T15:06:00.000Z',
      kind: 'sent',
      code: 'retry-sent',
      data: { attempt: 1, contactId: '502' },
      message: 'Attempt 1: sent to Komet, saved as 502.',
    },
  ],
};

const FORMULA_UPDATE: AuditEntry = {
  ...QUEUED_ADD,
  id: '41',
  customerName: '=HYPERLINK("x")',
  action: 'update',
  fields: { name: 'Carlos Andrade', phone: '+593 2 255 0101' },
  before: { name: 'Carlos Andrade', phone: '' },
  outcome: 'failed',
  message: '-Komet said no',
  steps: [],
};

/** The file as a spreadsheet reads it: the mark first, then RFC 4180 rows. */
async function opened(entries: AuditEntry[]) {
  const csv = await auditCsv(entries);
  expect(csv.startsWith('\uFEFF')).toBe(true); // Excel reads accents right only with it
  expect(csv.endsWith('\r\n')).toBe(true);
  return parse<string[]>(csv.slice(1).trimEnd()).data;
}

afterEach(() => setLocale('en'));

describe('auditCsv', () => {
  it('when an admin reading in English downloads it, then English headers, worded actions and outcomes, and the steps as sentences', async () => {
    const [header, row] = await opened([QUEUED_ADD]);

    expect(header).toEqual([
      'Date and time (UTC)',
      'Username',
      'User',
      'Customer id',
      'Customer',
      'Contact id',
      'Action',
      'Outcome',
      'Message',
      'Fields sent',
      'Values before',
      'Steps',
    ]);
    expect(row).toEqual([
      '2026-11-29T15:04:00.000Z',
      'sofia',
      'Sofía Ruiz',
      '4242',
      'Rosaflor Ecuador S.A.',
      '502',
      'Add',
      'Saved in Komet',
      'Contact was successfully saved',
      'Name: Ana, "la jefa" Núñez; Type: Buyer; PODs by e-mail: Yes',
      '',
      '2026-11-29T15:04:15.000Z First attempt: Komet did not answer in time.\n' +
        '2026-11-29T15:06:00.000Z Attempt 1: sent to Komet, saved as contact 502.',
    ]);
  });

  it('when an admin reading in Spanish downloads it, then the headers, actions, outcomes, field names and steps are in Spanish', async () => {
    await setLocale('es');
    const [header, row] = await opened([QUEUED_ADD]);

    expect(header).toEqual([
      'Fecha y hora (UTC)',
      'Nombre de usuario',
      'Usuario',
      'ID de cliente',
      'Cliente',
      'ID de contacto',
      'Acción',
      'Resultado',
      'Mensaje',
      'Campos enviados',
      'Valores anteriores',
      'Pasos',
    ]);
    expect(row?.slice(6, 8)).toEqual(['Agregar', 'Guardado en Komet']);
    // Komet's own message and the contact's values are data: as they were.
    expect(row?.[8]).toBe('Contact was successfully saved');
    expect(row?.[9]).toBe('Nombre: Ana, "la jefa" Núñez; Tipo: Buyer; POD por correo: Sí');
    expect(row?.[11]).toBe(
      '2026-11-29T15:04:15.000Z Primer intento: Komet no respondió a tiempo.\n' +
        '2026-11-29T15:06:00.000Z Intento 1: enviado a Komet, guardado como contacto 502.',
    );
  });

  it('when values hold commas, quotes and line breaks, then each still reads back as one cell', async () => {
    const csv = await auditCsv([QUEUED_ADD]);
    expect(csv).toContain('"Name: Ana, ""la jefa"" Núñez; Type: Buyer; PODs by e-mail: Yes"');
    const [, row] = parse<string[]>(csv.slice(1).trimEnd()).data;
    expect(row).toHaveLength(12);
    expect(row?.[11]?.split('\n')).toHaveLength(2);
  });

  it('when a cell would start like a formula, then it starts with an apostrophe, so a spreadsheet keeps it as text', () => {
    const [, row] = auditCsvRows([FORMULA_UPDATE]);
    expect(row?.[4]).toBe('\'=HYPERLINK("x")');
    expect(row?.[8]).toBe("'-Komet said no");
    expect(row?.slice(9, 11)).toEqual([
      'Name: Carlos Andrade; Phone: +593 2 255 0101',
      'Name: Carlos Andrade; Phone: (empty)',
    ]);
  });
});

describe('auditCsvFileName', () => {
  it('when made on a day, then it is named for that local day', () => {
    expect(auditCsvFileName(new Date(2026, 10, 30, 23, 59))).toBe(
      'komet-contacts-audit-2026-11-30.csv',
    );
  });
});
