import { describe, expect, it } from 'vitest';
import type { Contact } from '../contract';
import { recognizeHeaders } from './header-mapping';
import { parseRows } from './parse-rows';
import { runToEnd } from '../sliced';
import { checkRows, type RowContext } from './row-verdicts';

const EXISTING: Contact[] = [
  { id: '501', name: 'Valentina Ríos', type: 'Buyer', email: 'valentina@rosaflor.example' },
  { id: '502', name: 'Head Office', type: 'Logistics', phone: '+593 2 255 0100' },
];

const oneCustomer: RowContext = {
  customerId: '4242',
  findCustomer: () => undefined,
  contactsOf: (id) => (id === '4242' ? EXISTING : []),
  configuredTypes: ['Buyer', 'A/P'],
};

function check(csv: string, context: RowContext = oneCustomer) {
  const table = parseRows(csv);
  return runToEnd(checkRows(table, recognizeHeaders(table.headers), context));
}

describe('checkRows', () => {
  it('when a row is complete and new, then it is ready, trimmed, with its type as registered', () => {
    const [row] = check('Nombre;Tipo;Correo;Enviar POD\n  Ana Ruiz ;buyer;ana@flores.example;Sí\n');
    expect(row).toEqual({
      sheetRow: 2,
      customerId: '4242',
      verdict: {
        kind: 'ready',
        contact: { name: 'Ana Ruiz', type: 'Buyer', email: 'ana@flores.example', emailPOD: true },
      },
    });
  });

  it('when rows break the form’s rules, then each says the field and the reason', () => {
    const rows = check(
      [
        'Name,Type,E-mail,Ext,POD',
        ',Buyer,,,',
        `Luis,Buyer,not-an-address,${'9'.repeat(51)},`,
        'Marta,Florist,,,maybe',
      ].join('\n'),
    );
    expect(rows.map((row) => row.verdict)).toEqual([
      { kind: 'needs-fixing', problems: [{ field: 'name', message: 'Required' }] },
      {
        kind: 'needs-fixing',
        problems: [
          { field: 'ext', message: 'At most 50 characters' },
          { field: 'email', message: 'Enter a valid e-mail address, like name@example.com' },
        ],
      },
      {
        kind: 'needs-fixing',
        problems: [
          { field: 'emailPOD', message: 'Write yes or no' },
          { field: 'type', message: 'Not a contact type registered in Komet' },
        ],
      },
    ]);
  });

  it('when a type is only on the customer’s existing contacts, then it counts as registered, as in the form', () => {
    const [row] = check('Name,Type\nDock Team,logistics\n');
    expect(row!.verdict).toMatchObject({ kind: 'ready', contact: { type: 'Logistics' } });
  });

  it('when a row is someone already in Komet, then it is a duplicate, with the contact and why', () => {
    const [byEmail, byPhone] = check(
      'Name,Type,Email,Phone\nV. Ríos,Buyer,VALENTINA@rosaflor.example,\nReception,Buyer,,(593) 2-255-0100\n',
    );
    expect(byEmail!.verdict).toMatchObject({
      kind: 'duplicate',
      matches: [{ contact: { id: '501' }, reasons: ['email'] }],
    });
    expect(byPhone!.verdict).toMatchObject({
      kind: 'duplicate',
      matches: [{ contact: { id: '502' }, reasons: ['phone'] }],
    });
  });

  it('when the file has the same person twice, then the later row points at the first, which stays ready', () => {
    const rows = check(
      'Name,Type,Email\nAna Ruiz,Buyer,ana@x.example\nANA RUIZ,A/P,\nLuis,Buyer,\n',
    );
    expect(rows.map((row) => row.verdict.kind)).toEqual(['ready', 'duplicate-in-file', 'ready']);
    expect(rows[1]!.verdict).toMatchObject({ ofRow: 2 });
  });

  it('when the file is for many customers, then each row finds its customer by code or id, or says it cannot', () => {
    const codes: Record<string, string> = { ROSAFLOR: '4242', EVORA: '98765432109876543210' };
    const many: RowContext = {
      ...oneCustomer,
      customerId: undefined,
      findCustomer: ({ code, id }) => (code ? codes[code] : id),
    };
    const rows = check(
      'Código,Nombre,Tipo\nROSAFLOR,Ana Ruiz,Buyer\nEVORA,Ana Ruiz,Buyer\nNOPE,Luis,Buyer\n,Marta,Buyer\n',
      many,
    );
    expect(rows.map((row) => [row.customerId, row.verdict.kind])).toEqual([
      ['4242', 'ready'],
      // The same name for another customer is another person.
      ['98765432109876543210', 'ready'],
      [undefined, 'needs-fixing'],
      [undefined, 'needs-fixing'],
    ]);
    expect(rows[2]!.verdict).toMatchObject({
      problems: [{ field: 'customerCode', message: 'No customer in Komet has this code or id' }],
    });
    expect(rows[3]!.verdict).toMatchObject({
      problems: [{ field: 'customerCode', message: 'Required' }],
    });
  });
});
