import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditPage, ImportDetail, ImportPreview, ImportStatus } from '../contract';
import { json, problemOf } from '../testing/requests';
import { startTestServer, type TestServer } from '../testing/test-server';

// Issue 10: an import started from its preview sends each ready row once, through the outbox.
let test: TestServer;
/** How far the server's clock runs ahead of ours: midnight comes when a test says so. */
let ahead = 0;

beforeAll(async () => {
  test = await startTestServer({
    env: { CONTACT_TYPES: 'A/P, Buyer, Shipping', OUTBOX_RETRY_SECONDS: '1' },
    outboxPollMs: 20,
    now: () => Date.now() + ahead,
  });
});
afterAll(() => test.close());

const CUSTOMER = '4243';
let batch = 0;

/** `count` new people as pasted rows, each a ready contact of CUSTOMER. */
function people(count: number, extra: (batch: number) => string[] = () => []): string {
  batch += 1;
  const rows = Array.from(
    { length: count },
    (_, i) => `Import ${batch}-${i} Person\tBuyer\timport${batch}.${i}@example.com`,
  );
  return ['Nombre\tTipo\tCorreo', ...rows, ...extra(batch)].join('\n');
}

async function previewOf(pasted: string, role: 'sales' | 'admin' = 'sales') {
  const response = await test.as(role)(
    '/api/imports',
    json('POST', { customerId: CUSTOMER, pasted }),
  );
  expect(response.status).toBe(200);
  return (await response.json()) as ImportPreview;
}

const control = (id: string, action: string, role: 'sales' | 'support' | 'admin', body = {}) =>
  test.as(role)(`/api/imports/${id}/${action}`, json('POST', body));

async function statusOf(id: string): Promise<ImportStatus> {
  return (await (await test.as('sales')(`/api/imports/${id}`)).json()) as ImportStatus;
}

const settled = (id: string, state: ImportStatus['state']) =>
  expect.poll(async () => (await statusOf(id)).state, { timeout: 10_000 }).toBe(state);

const inKomet = (email: string) =>
  (test.simulator.store.contacts.get(CUSTOMER) ?? []).filter((contact) => contact.email === email);

describe('an import, started', () => {
  it('when started, then every ready row is added to Komet once, with one add per row, and the report says so', async () => {
    const existing = test.simulator.store.contacts.get(CUSTOMER)![0]!;
    const preview = await previewOf(
      people(6, (b) => [
        `${existing.name}\t${existing.type}\t${existing.email ?? ''}`,
        'Sin Tipo\t\tsin@example.com',
        `Import ${b}-0 Person\tBuyer\timport${b}.0@example.com`,
      ]),
    );
    expect(preview.counts).toEqual({
      ready: 6,
      'needs-fixing': 1,
      duplicate: 1,
      'duplicate-in-file': 1,
    });
    const adds = test.simulator.calls('customer.contact.add');

    const started = await control(preview.id, 'start', 'sales');
    expect(started.status).toBe(200);
    await settled(preview.id, 'done');

    expect(test.simulator.calls('customer.contact.add') - adds).toBe(6);
    for (let i = 0; i < 6; i++) expect(inKomet(`import${batch}.${i}@example.com`)).toHaveLength(1);
    const detail = (await (
      await test.as('sales')(`/api/imports/${preview.id}`)
    ).json()) as ImportDetail;
    expect(detail.counts).toMatchObject({ toSend: 6, sent: 6, refused: 0, remaining: 0 });
    expect(detail.rows.map((row) => row.outcome)).toEqual([
      ...Array<string>(6).fill('sent'),
      'duplicate',
      'needs-fixing',
      'duplicate-in-file',
    ]);
    const first = detail.rows[0]!;
    expect(inKomet(`import${batch}.0@example.com`)[0]!.id).toBe(first.contactId);
    expect(detail.rows[6]).toMatchObject({
      contactId: existing.id,
      message: `Already in Komet as contact ${existing.id}.`,
    });
    expect(detail.rows[7]).toMatchObject({ problems: [{ field: 'type', message: 'Required' }] });
    expect(detail.rows[8]).toMatchObject({ ofRow: 2, message: 'Same person as row 2.' });
  });

  it('when started twice, then no row is queued or sent a second time', async () => {
    const preview = await previewOf(people(3));
    const adds = test.simulator.calls('customer.contact.add');
    const [a, b] = await Promise.all([
      control(preview.id, 'start', 'sales'),
      control(preview.id, 'start', 'sales'),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    await settled(preview.id, 'done');
    expect((await control(preview.id, 'start', 'sales')).status).toBe(409);
    expect(test.simulator.calls('customer.contact.add') - adds).toBe(3);
    for (let i = 0; i < 3; i++) expect(inKomet(`import${batch}.${i}@example.com`)).toHaveLength(1);
  });

  it('when Komet refuses a row, then the others go on and the report gives Komet’s reason', async () => {
    const preview = await previewOf(people(3));
    test.simulator.faults.next(
      { kind: 'reject', message: 'Contact could not be saved: the customer is locked.' },
      { method: 'customer.contact.add' },
    );
    await control(preview.id, 'start', 'sales');
    await settled(preview.id, 'done');
    const detail = (await (
      await test.as('sales')(`/api/imports/${preview.id}`)
    ).json()) as ImportDetail;
    expect(detail.counts).toMatchObject({ sent: 2, refused: 1, remaining: 0 });
    expect(detail.rows[0]).toMatchObject({
      outcome: 'refused',
      message: 'Contact could not be saved: the customer is locked.',
    });
  });

  it('when the import has run, then each row is in the audit trail under the importing user', async () => {
    const preview = await previewOf(people(2));
    await control(preview.id, 'start', 'sales');
    await settled(preview.id, 'done');
    const response = await test.as('admin')(`/api/audit?customerId=${CUSTOMER}&username=sally`);
    const { entries } = (await response.json()) as AuditPage;
    for (let i = 0; i < 2; i++) {
      const entry = entries.find((e) => e.fields.email === `import${batch}.${i}@example.com`);
      expect(entry).toMatchObject({ action: 'add', outcome: 'saved', userName: 'Sally Sales' });
      expect(entry!.steps.map((step) => step.kind)).toEqual(['queued', 'sent']);
    }
  });
});

describe('pausing and cancelling', () => {
  it('when paused while a row is being sent, then that row finishes, the rest wait, and starting again sends them', async () => {
    const preview = await previewOf(people(4));
    test.simulator.faults.next({ kind: 'hold' }, { method: 'customer.contact.add' });
    const adds = test.simulator.calls('customer.contact.add');
    await control(preview.id, 'start', 'sales');
    await expect.poll(() => test.simulator.calls('customer.contact.add') - adds).toBe(1);

    const paused = await control(preview.id, 'pause', 'sales');
    expect(((await paused.json()) as ImportStatus).state).toBe('paused');
    test.simulator.faults.release();
    await expect
      .poll(async () => (await statusOf(preview.id)).counts)
      .toMatchObject({ sent: 1, remaining: 3 });
    await new Promise((resolve) => setTimeout(resolve, 200)); // a worker round or ten
    expect(test.simulator.calls('customer.contact.add') - adds).toBe(1);

    await control(preview.id, 'start', 'sales');
    await settled(preview.id, 'done');
    expect(test.simulator.calls('customer.contact.add') - adds).toBe(4);
  });

  it('when cancelled, then no row not yet sent is sent, and each says so in the report and the audit trail', async () => {
    const preview = await previewOf(people(3));
    test.simulator.faults.next({ kind: 'hold' }, { method: 'customer.contact.add' });
    await control(preview.id, 'start', 'sales');
    await expect.poll(async () => (await statusOf(preview.id)).counts.queued).toBe(3);
    const cancelled = await control(preview.id, 'cancel', 'sales');
    expect(((await cancelled.json()) as ImportStatus).counts).toMatchObject({ cancelled: 2 });
    test.simulator.faults.release();

    await expect.poll(async () => (await statusOf(preview.id)).counts.sent).toBe(1);
    const detail = (await (
      await test.as('sales')(`/api/imports/${preview.id}`)
    ).json()) as ImportDetail;
    expect(detail.state).toBe('cancelled');
    expect(detail.rows.map((row) => row.outcome)).toEqual(['sent', 'cancelled', 'cancelled']);
    expect(inKomet(`import${batch}.1@example.com`)).toEqual([]);
    const response = await test.as('admin')(`/api/audit?customerId=${CUSTOMER}&outcome=failed`);
    const { entries } = (await response.json()) as AuditPage;
    const dropped = entries.find((e) => e.fields.email === `import${batch}.1@example.com`);
    expect(dropped?.message).toBe('The import was cancelled before this row was sent.');
  });

  it('when another sales user pauses or cancels it, then 403 and nothing changes; an admin may', async () => {
    const preview = await previewOf(people(1));
    const other = await problemOf(await control(preview.id, 'cancel', 'support'), 403);
    expect(other.code).toBe('not-your-import');
    expect((await statusOf(preview.id)).state).toBe('preview');
    expect((await control(preview.id, 'cancel', 'admin')).status).toBe(200);
    expect((await statusOf(preview.id)).state).toBe('cancelled');
  });

  it('when the import is unknown, then 404', async () => {
    expect((await problemOf(await control('99999', 'start', 'sales'), 404)).code).toBe(
      'unknown-import',
    );
  });
});

describe('the daily budget', () => {
  it('when an import needs more calls than remain today, then it is refused, or sends what fits and the rest after midnight UTC', async () => {
    const dailyCalls = 1000; // The test server's KOMET_DAILY_CALLS default.
    const preview = await previewOf(people(4));
    const used = preview.kometCalls.usedToday;
    // Others spend today's calls but three of what imports may use (90 %).
    const day = new Date(Date.now() + ahead).toISOString().slice(0, 10);
    for (let i = 0; i < Math.floor(dailyCalls * 0.9) - used - 3; i++) {
      await test.storage.kometCalls.take({ day, username: 'other', method: 'x' }, Infinity);
    }
    const overBudget = await control(preview.id, 'start', 'sales');
    expect(overBudget.status).toBe(409);
    expect(await overBudget.json()).toMatchObject({
      code: 'import-over-budget',
      needed: 4,
      remainingToday: 3,
    });
    expect((await statusOf(preview.id)).state).toBe('preview');

    const started = await control(preview.id, 'start', 'sales', { rest: 'after-midnight' });
    expect(started.status).toBe(200);
    await expect.poll(async () => (await statusOf(preview.id)).state).toBe('scheduled');
    const waiting = await statusOf(preview.id);
    expect(waiting.counts).toMatchObject({ sent: 3, scheduled: 1, remaining: 1 });
    const midnight = `${new Date(Date.now() + ahead + 86_400_000).toISOString().slice(0, 10)}T00:00:00.000Z`;
    expect(waiting.resumesAt).toBe(midnight);

    ahead += Date.parse(midnight) - (Date.now() + ahead) + 1000;
    await settled(preview.id, 'done');
    for (let i = 0; i < 4; i++) expect(inKomet(`import${batch}.${i}@example.com`)).toHaveLength(1);
  });
});

describe('following an import', () => {
  it('when its events are followed, then each says the state and counts, and the stream ends with the import', async () => {
    const preview = await previewOf(people(5));
    const response = await test.as('sales')(`/api/imports/${preview.id}/events`);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(response.headers.get('content-encoding')).toBeNull();
    await control(preview.id, 'start', 'sales');

    const text = await response.text(); // Ends when the server ends the stream.
    const events = text
      .split('\n\n')
      .filter(Boolean)
      .map((event) => {
        expect(event).toMatch(/^event: status\ndata: /);
        return JSON.parse(event.slice(event.indexOf('data: ') + 6)) as ImportStatus;
      });
    expect(events[0]!.state).toBe('preview');
    expect(events.at(-1)).toMatchObject({ state: 'done', counts: { sent: 5, remaining: 0 } });
    const sent = events.map((event) => event.counts.sent);
    expect(sent).toEqual([...sent].sort((a, b) => a - b));
  });

  it('when the user comes back, then their imports are listed, newest first, previews left out', async () => {
    const started = await previewOf(people(1));
    await control(started.id, 'start', 'sales');
    const previewOnly = await previewOf(people(1));
    const response = await test.as('sales')('/api/imports');
    const mine = (await response.json()) as ImportStatus[];
    expect(mine[0]!.id).toBe(started.id);
    expect(mine.map((item) => item.id)).not.toContain(previewOnly.id);
    expect(mine.every((item) => item.username === 'sally')).toBe(true);
    const others = (await (await test.as('admin')('/api/imports')).json()) as ImportStatus[];
    expect(others.map((item) => item.id)).not.toContain(started.id);
  });

  it('when the report is downloaded in Spanish, then it has every row as read, its outcome and Komet’s id, and opens in Excel as UTF-8', async () => {
    const response = await test.as('sales')('/api/imports', {
      ...json('POST', {
        customerId: CUSTOMER,
        file: {
          name: 'feria.csv',
          base64: Buffer.from(
            'Nombre;Tipo;Correo\r\nLucía Peña;Buyer;lucia.report@example.com\r\n=HYPERLINK("x");;\r\n',
            'latin1',
          ).toString('base64'),
        },
      }),
    });
    const preview = (await response.json()) as ImportPreview;
    await control(preview.id, 'start', 'sales');
    await settled(preview.id, 'done');

    const report = await test.as('sales')(`/api/imports/${preview.id}/report.csv?lang=es`);
    expect(report.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(report.headers.get('content-disposition')).toMatch(/filename="?import-\d+-informe\.csv/);
    const bytes = Buffer.from(await report.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
    const contactId = inKomet('lucia.report@example.com')[0]!.id;
    expect(lines).toEqual([
      'Nombre;Tipo;Correo;Resultado de la importación;Id del contacto en Komet;Mensaje de la importación',
      `Lucía Peña;Buyer;lucia.report@example.com;Enviado a Komet;${contactId};Contact was successfully saved`,
      expect.stringMatching(
        /^"'=HYPERLINK\(""x""\)";;;No enviado: hay que corregirlo;;type: Required$/,
      ),
    ]);
  });

  it('when the report of an import with a refused row is imported again, then only that row is ready: the sent ones are found in Komet', async () => {
    const preview = await previewOf(people(3));
    test.simulator.faults.next(
      { kind: 'reject', message: 'Contact could not be saved: the customer is locked.' },
      { method: 'customer.contact.add' },
    );
    await control(preview.id, 'start', 'sales');
    await settled(preview.id, 'done');
    const report = await test.as('sales')(`/api/imports/${preview.id}/report.csv?lang=en`);
    const file = Buffer.from(await report.arrayBuffer());

    const again = await test.as('sales')(
      '/api/imports',
      json('POST', {
        customerId: CUSTOMER,
        file: { name: 'report.csv', base64: file.toString('base64') },
      }),
    );
    const second = (await again.json()) as ImportPreview;
    expect(second.rows.map((row) => row.verdict.kind)).toEqual(['ready', 'duplicate', 'duplicate']);
    expect(second.mapping).toEqual({ name: 0, type: 1, email: 2 });
  });
});
