import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildContactInput } from '../contract/testing';
import { DATABASES } from '../testing/databases';
import type { NewImportRow } from './imports';
import { openStorage, type Storage } from './storage';

const AT = '2026-11-30T10:00:00.000Z';
const LATER = '2026-12-01T00:00:00.000Z';
const LEASE = '2026-11-30T10:05:00.000Z';

const ready = (sheetRow: number): NewImportRow => ({
  sheetRow,
  cells: [`Person ${sheetRow}`, 'Buyer'],
  customerId: '4242',
  customerName: 'Rosaflor Ecuador S.A.',
  verdict: 'ready',
  contact: buildContactInput({ name: `Person ${sheetRow}` }),
  note: null,
});

describe.each(DATABASES)('imports stored on %s', (_name, create) => {
  let drop: () => Promise<void>;
  let storage: Storage;
  beforeAll(async () => {
    const made = await create();
    drop = made.drop;
    storage = await openStorage(made.location);
  });
  afterAll(async () => {
    await storage.close();
    await drop();
  });

  const newImport = (rows: NewImportRow[]) =>
    storage.imports.create({
      username: 'sally',
      userName: 'Sally Sales',
      customerId: '4242',
      fileName: 'feria.csv',
      headers: ['Nombre', 'Tipo'],
      mapping: { name: 0, type: 1 },
      delimiter: ';',
      at: AT,
      rows,
    });

  it('when a preview of 250 rows is stored, then it reads back whole, in sheet order', async () => {
    const rows = Array.from({ length: 250 }, (_, i) => ready(i + 2));
    rows[3] = { ...rows[3]!, verdict: 'needs-fixing', contact: null, note: 'type: Required' };
    const id = await newImport(rows);
    const record = await storage.imports.find(id);
    expect(record).toMatchObject({
      state: 'preview',
      delimiter: ';',
      mapping: { name: 0, type: 1 },
    });
    const stored = await storage.imports.rows(id);
    expect(stored).toHaveLength(250);
    expect(stored[3]).toMatchObject({
      sheetRow: 5,
      verdict: 'needs-fixing',
      note: 'type: Required',
    });
    expect(stored[249]!.contact).toEqual(rows[249]!.contact);
    expect((await storage.imports.progress(id)).ready).toBe(249);
  });

  it('when started within part of the budget, then the rest waits for its time and is released then', async () => {
    const id = await newImport([ready(2), ready(3), ready(4)]);
    const record = (await storage.imports.find(id))!;
    expect(await storage.imports.start(record, { at: AT, dueNow: 2, laterAt: LATER })).toBe(3);
    expect(await storage.imports.start(record, { at: AT, dueNow: 2, laterAt: LATER })).toBe(
      undefined,
    );
    const progress = await storage.imports.progress(id);
    expect(progress.byState).toEqual({ queued: 2, scheduled: 1 });
    expect(progress.scheduledFrom).toBe(LATER);

    const claimed = await storage.submissions.claimNext(AT, LEASE);
    expect(claimed).toMatchObject({ importId: id, contact: { name: 'Person 2' } });
    const entries = await storage.audit.list({ username: 'sally', limit: 10 });
    const entry = entries.entries.find((e) => e.id === String(claimed!.auditId));
    expect(entry).toMatchObject({ action: 'add', outcome: 'queued', userName: 'Sally Sales' });
    await storage.submissions.settle(
      claimed!.id,
      { state: 'sent', contactId: '9', message: null },
      AT,
    );
    await storage.submissions.settle(
      (await storage.submissions.claimNext(AT, LEASE))!.id,
      { state: 'sent', contactId: '10', message: null },
      AT,
    );
    expect(await storage.submissions.claimNext(AT, LEASE)).toBeUndefined();
    expect(await storage.imports.finishIfDone(id, AT)).toBe(false);

    expect(await storage.submissions.releaseScheduled(LATER)).toBe(1);
    const last = (await storage.submissions.claimNext(LATER, LEASE))!;
    await storage.submissions.settle(
      last.id,
      { state: 'sent', contactId: '11', message: null },
      LATER,
    );
    expect(await storage.imports.finishIfDone(id, LATER)).toBe(true);
    expect((await storage.imports.find(id))!.state).toBe('done');
    const rows = await storage.imports.rows(id);
    expect(rows.map((row) => row.submission?.contactId)).toEqual(['9', '10', '11']);
  });

  it('when paused, then nothing is claimed until started again; when cancelled, the rest is discarded with its audit entry', async () => {
    const id = await newImport([ready(2), ready(3)]);
    await storage.imports.start((await storage.imports.find(id))!, {
      at: AT,
      dueNow: 2,
      laterAt: LATER,
    });
    await storage.imports.pause(id, AT);
    expect((await storage.imports.find(id))!.state).toBe('paused');
    expect(await storage.submissions.claimNext(AT, LEASE)).toBeUndefined();

    expect(
      await storage.imports.start((await storage.imports.find(id))!, {
        at: AT,
        dueNow: 2,
        laterAt: LATER,
      }),
    ).toBe(2);
    const first = (await storage.submissions.claimNext(AT, LEASE))!;
    expect(first.contact.name).toBe('Person 2');
    expect(await storage.imports.cancel(id, { at: AT, by: 'Sally Sales' })).toBe(1);
    // The row in hand is Komet's to answer; only the one not yet sent was discarded.
    expect((await storage.imports.progress(id)).byState).toEqual({ sending: 1, discarded: 1 });
    const { entries } = await storage.audit.list({
      username: 'sally',
      outcome: 'failed',
      limit: 10,
    });
    expect(entries[0]).toMatchObject({
      message: 'The import was cancelled before this row was sent.',
      fields: { name: 'Person 3' },
    });
    expect(entries[0]!.steps.map((step) => step.kind)).toEqual(['queued', 'discarded']);
    await storage.submissions.settle(
      first.id,
      { state: 'sent', contactId: '12', message: null },
      AT,
    );
    expect(await storage.imports.rows(id)).toMatchObject([
      { submission: { state: 'sent' } },
      { submission: { state: 'discarded' } },
    ]);
  });

  it('when a row is put back in the queue while its import is paused, then it waits with the others', async () => {
    const id = await newImport([ready(2), ready(3)]);
    await storage.imports.start((await storage.imports.find(id))!, {
      at: AT,
      dueNow: 2,
      laterAt: LATER,
    });
    const inHand = (await storage.submissions.claimNext(AT, LEASE))!;
    await storage.imports.pause(id, AT);
    await storage.submissions.settle(
      inHand.id,
      { state: 'queued', nextAttemptAt: AT, mayHaveWritten: true, message: 'Komet timed out' },
      AT,
    );
    await storage.imports.holdIfPaused(id);
    expect((await storage.imports.progress(id)).byState).toEqual({ paused: 2 });
    expect(await storage.submissions.claimNext(AT, LEASE)).toBeUndefined();
  });

  it('when previews are a day old and never started, then they are dropped with their rows; started imports stay', async () => {
    const stale = await newImport([ready(2)]);
    const started = await newImport([ready(2)]);
    await storage.imports.start((await storage.imports.find(started))!, {
      at: AT,
      dueNow: 0,
      laterAt: LATER,
    });
    expect(await storage.imports.deletePreviewsBefore(LATER)).toBeGreaterThanOrEqual(1);
    expect(await storage.imports.find(stale)).toBeUndefined();
    expect(await storage.imports.rows(stale)).toEqual([]);
    expect(await storage.imports.find(started)).toBeDefined();
    expect(await storage.imports.rows(started)).toHaveLength(1);
  });

  it('when the outbox is listed, then import rows are not in it: they have their own report', async () => {
    const id = await newImport([ready(2)]);
    await storage.imports.start((await storage.imports.find(id))!, {
      at: AT,
      dueNow: 1,
      laterAt: LATER,
    });
    const listed = await storage.submissions.list({ states: ['queued', 'sending'] });
    expect(listed.map((item) => item.importId)).not.toContain(id);
  });
});
