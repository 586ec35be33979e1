import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemSchema, type ImportPreview } from '../contract';
import { startTestServer, type TestServer } from '../testing/test-server';

let test: TestServer;

beforeAll(async () => {
  test = await startTestServer({ env: { CONTACT_TYPES: 'A/P, Buyer, Shipping' } });
});
afterAll(() => test.close());

const post = (body: unknown, role: 'sales' | 'support' = 'sales') =>
  test.as(role)('/api/imports', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

async function preview(body: unknown): Promise<ImportPreview> {
  const response = await post(body);
  expect(response.status).toBe(200);
  return (await response.json()) as ImportPreview;
}

const SPANISH_FILE = [
  'Nombre;Tipo;Correo;Teléfono;Enviar POD',
  'Ana Ruiz;Buyer;ana@flores.example;+593 2 255 0199;sí',
  'Carlos A.;Buyer;carlos@rosaflor.example;;no',
  ';Buyer;;;',
].join('\r\n');

describe('POST /api/imports (the preview)', () => {
  it('when a Windows-1252 file with Spanish headers is sent for a customer, then each row has its verdict and nothing reaches Komet but the contact list', async () => {
    const before = test.simulator.calls('customer.contact.add');
    const body = await preview({
      customerId: '4242',
      file: { name: 'feria.csv', base64: Buffer.from(SPANISH_FILE, 'latin1').toString('base64') },
    });

    expect(body.headers).toEqual(['Nombre', 'Tipo', 'Correo', 'Teléfono', 'Enviar POD']);
    expect(body.mapping).toEqual({ name: 0, type: 1, email: 2, phone: 3, emailPOD: 4 });
    expect(body.rows.map((row) => [row.sheetRow, row.verdict.kind])).toEqual([
      [2, 'ready'],
      [3, 'duplicate'],
      [4, 'needs-fixing'],
    ]);
    expect(body.rows[1]!.verdict).toMatchObject({
      matches: [{ contact: { name: 'Carlos Andrade' }, reasons: ['email'] }],
    });
    expect(body.counts).toEqual({
      ready: 1,
      'needs-fixing': 1,
      duplicate: 1,
      'duplicate-in-file': 0,
    });
    expect(body.kometCalls).toMatchObject({ toSend: 1, dailyLimit: expect.any(Number) });
    expect(test.simulator.calls('customer.contact.add')).toBe(before);
  });

  it('when the preview’s rows come back fixed, with a mapping chosen, then they are checked again', async () => {
    const body = await preview({
      customerId: '4242',
      table: {
        headers: ['Who', 'Role'],
        delimiter: ';',
        rows: [{ sheetRow: 2, cells: ['Marta Gil', 'shipping'] }],
      },
      mapping: { name: 0, type: 1 },
    });
    // The file's separator, sent back with its rows, stays the report's.
    expect(body.delimiter).toBe(';');
    expect(body.rows[0]!.verdict).toEqual({
      kind: 'ready',
      contact: { name: 'Marta Gil', type: 'Shipping', emailPOD: false },
    });
  });

  it('when rows for many customers are pasted, then each finds its customer by code', async () => {
    const body = await preview({
      pasted: 'Código\tNombre\tTipo\nROSAFLOR\tNuevo Contacto\tBuyer\nNOPE\tOtro\tBuyer\n',
    });
    expect(body.rows.map((row) => [row.customerId, row.verdict.kind])).toEqual([
      ['4242', 'ready'],
      [undefined, 'needs-fixing'],
    ]);
  });

  it('when a file for many customers has no customer column, then it asks which column to use', async () => {
    const response = await post({ pasted: 'Name\tType\nAna\tBuyer\n' });
    expect(response.status).toBe(400);
    const problem = (await response.json()) as Record<string, unknown>;
    expect(problem.code).toBe('import-no-customer-column');
    // The columns as read, so the screen asks for that one column and keeps the others.
    expect(problem).toMatchObject({ headers: ['Name', 'Type'], mapping: { name: 0, type: 1 } });
  });

  it('when a file has more than 5,000 rows, then it is refused whole, saying what to do', async () => {
    const rows = Array.from({ length: 5001 }, (_, i) => `Person ${i},Buyer`).join('\n');
    const response = await post({ customerId: '4242', pasted: `Name,Type\n${rows}` });
    expect(response.status).toBe(400);
    const problem = problemSchema.parse(await response.json());
    expect(problem.code).toBe('import-too-many-rows');
    expect(problem.detail).toMatch(/split it into files of up to 5,000/);
  });

  it('when a 1 MB file is sent, then it is read: the 64 KB limit of other requests does not apply', async () => {
    const line = (i: number) => `Someone ${i},Buyer,${'x'.repeat(240)}\n`;
    const file = `Name,Type,Description\n${Array.from({ length: 4000 }, (_, i) => line(i)).join('')}`;
    expect(file.length).toBeGreaterThan(1_000_000);
    const body = await preview({
      customerId: '4242',
      file: { name: 'big.csv', base64: Buffer.from(file).toString('base64') },
    });
    expect(body.rows).toHaveLength(4000);
  });

  it('when the customer is unknown or nobody is signed in, then 404 and 401', async () => {
    expect((await post({ customerId: '999999', pasted: 'Name\nAna' })).status).toBe(404);
    const anonymous = await test.anonymous('/api/imports', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ pasted: 'Name\nAna' }),
    });
    expect(anonymous.status).toBe(401);
  });
});
