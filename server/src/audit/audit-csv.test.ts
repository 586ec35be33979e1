import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditPage } from '../contract';
import { buildContactInput } from '../contract/testing';
import { testClock } from '../testing/clock';
import { json } from '../testing/requests';
import { startTestServer, type TestServer } from '../testing/test-server';

// A customer whose name a spreadsheet would run as a formula: names come from Komet, where
// anyone with access to the ERP can type one.
const FORMULA_CUSTOMER = { id: '5005', name: '=HYPERLINK("x")', code: 'FORMULA', active: true };
const clock = testClock('2026-03-02T09:00:00Z');

let test: TestServer;
beforeAll(async () => {
  test = await startTestServer({
    now: clock.now,
    beforeStart: (simulator) =>
      simulator.store.customers.set(FORMULA_CUSTOMER.id, FORMULA_CUSTOMER),
  });
  // Two audited adds to that customer, one of a contact named like a formula.
  for (const name of ['=HYPERLINK("x")', 'Ana, "Nena" Gómez']) {
    const response = await test.as('sales')(
      `/api/customers/${FORMULA_CUSTOMER.id}/contacts`,
      json('POST', buildContactInput({ name })),
    );
    if (response.status !== 201) throw new Error(`add answered ${response.status}`);
  }
});
afterAll(() => test.close());

/** RFC 4180: fields in double quotes may hold commas, line breaks and doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted && char === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && char === '\r' && text[i + 1] === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
      i++;
    } else {
      field += char;
    }
  }
  return rows;
}

const exportOf = (customerId: string) => test.api(`/api/audit/export?customerId=${customerId}`);

describe('GET /api/audit/export', () => {
  it('when an admin downloads a customer’s trail, then a UTF-8 CSV attachment with a header row and one row per entry', async () => {
    const { entries } = (await (
      await test.api(`/api/audit?customerId=${FORMULA_CUSTOMER.id}`)
    ).json()) as AuditPage;

    const response = await exportOf(FORMULA_CUSTOMER.id);

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="?komet-contacts-audit-2026-03-02\.csv"?$/,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // so spreadsheets read UTF-8
    const [header, ...rows] = parseCsv(new TextDecoder().decode(bytes));
    expect(header).toEqual([
      'time',
      'user',
      'customer id',
      'customer',
      'contact id',
      'action',
      'outcome',
      'message',
      'fields sent',
      'before',
      'steps',
    ]);
    expect(rows.map((row) => row[4])).toEqual(entries.map((entry) => entry.contactId));
    expect(rows.map((row) => row.slice(1, 3).concat(row.slice(5, 7)))).toEqual([
      ['sally', '5005', 'add', 'saved'],
      ['sally', '5005', 'add', 'saved'],
    ]);
    expect(rows[0]?.[8]).toMatch(/^name=Ana, "Nena" Gómez; type=Buyer;/);
    expect(rows[1]?.[8]).toMatch(/^name==HYPERLINK\("x"\); type=Buyer;/);
  });

  it('when a cell would start like a formula, then it is written with a leading apostrophe, and no cell starts with = + - or @', async () => {
    const response = await exportOf(FORMULA_CUSTOMER.id);
    const rows = parseCsv(await response.text()).slice(1);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row[3]).toBe(`'=HYPERLINK("x")`);
    expect(rows.flat().filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);
  });

  it('when sales or support ask for the export, then 403', async () => {
    for (const role of ['sales', 'support'] as const) {
      expect((await test.as(role)('/api/audit/export')).status).toBe(403);
    }
  });
});
