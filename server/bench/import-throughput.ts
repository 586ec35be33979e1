import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { ImportPreview, ImportStatus } from '../src/contract';
import type { KometSimulator } from '../src/komet/simulator/simulator';
import { postJson, request, startPair } from './harness';
import { note, reading, section, table } from './print';
import { mb, memory, timed } from './stats';

// Issue 10: an import's pace and cost. A tenth of each file is people Komet already has.
const SIZES = [1_000, 5_000];
const CUSTOMERS = 10;

/** Rows for CUSTOMERS customers by id: every tenth row a contact Komet already has. */
function fileOf(simulator: KometSimulator, rows: number, run: number) {
  const customers = [...simulator.store.customers.values()]
    .filter((customer) => customer.active)
    .slice(run * CUSTOMERS, (run + 1) * CUSTOMERS);
  const knownOf = new Map(
    customers.map((customer) => [
      customer.id,
      simulator.store.addContact(customer.id, {
        name: `Known Buyer ${customer.id}`,
        type: 'Buyer',
        email: `known.${customer.id}@example.com`,
        phone: '+593 2 255 0100',
        emailPOD: false,
      }),
    ]),
  );
  const lines = ['Customer id\tName\tType\tEmail\tPhone'];
  for (let i = 0; i < rows; i++) {
    const customer = customers[i % customers.length]!;
    const known = knownOf.get(customer.id)!;
    lines.push(
      i % 10 === 9
        ? `${customer.id}\t${known.name}\t${known.type}\t${known.email ?? ''}\t${known.phone ?? ''}`
        : `${customer.id}\tBench Person ${run}-${i}\tBuyer\tbench.${run}.${i}@example.com\t+593 2 255 ${String(i).padStart(4, '0')}`,
    );
  }
  return lines.join('\n');
}

export async function benchImports(): Promise<void> {
  section(
    `Imports: files of ${SIZES.join(' and ')} rows for ${CUSTOMERS} customers, a tenth already in Komet`,
  );
  const pair = await startPair();
  try {
    await pair.server.directory.ready();
    const { simulator } = pair;
    const base = pair.server.url;
    const rows: string[][] = [];
    let perNewRowMet = true;
    for (const [run, size] of SIZES.entries()) {
      const pasted = fileOf(simulator, size, run);
      const before = memory();
      const callsBefore = simulator.calls();
      const stalls = monitorEventLoopDelay({ resolution: 5 });
      stalls.enable();
      const [previewMs, answer] = await timed(() =>
        postJson(`${base}/api/imports`, JSON.stringify({ pasted })),
      );
      stalls.disable();
      if (answer.status !== 200)
        throw new Error(`preview answered ${answer.status}: ${answer.text}`);
      const preview = JSON.parse(answer.text) as ImportPreview;
      const previewCalls = simulator.calls() - callsBefore;
      const afterPreview = memory();

      const sendCallsBefore = simulator.calls();
      const addsBefore = simulator.calls('customer.contact.add');
      const [sendMs, status] = await timed(async () => {
        const started = await postJson(`${base}/api/imports/${preview.id}/start`, '{}');
        if (started.status !== 200)
          throw new Error(`start answered ${started.status}: ${started.text}`);
        // Followed as the progress bar follows it: the event stream, which ends with the import.
        const stream = await request(`${base}/api/imports/${preview.id}/events`);
        const last = stream.text.trimEnd().split('\n\n').at(-1)!;
        return JSON.parse(last.slice(last.indexOf('data: ') + 6)) as ImportStatus;
      });
      const sendCalls = simulator.calls() - sendCallsBefore;
      const adds = simulator.calls('customer.contact.add') - addsBefore;
      const after = memory();
      const perNewRow = sendCalls / preview.counts.ready;
      perNewRowMet &&= perNewRow <= 1;
      rows.push([
        String(size),
        `${preview.counts.ready} / ${preview.counts.duplicate}`,
        `${previewMs.toFixed(0)} ms`,
        `${(stalls.max / 1e6).toFixed(0)} ms`,
        String(previewCalls),
        `${(sendMs / 1000).toFixed(1)} s`,
        (status.counts.sent / (sendMs / 1000)).toFixed(0),
        `${perNewRow.toFixed(2)} (${adds} adds)`,
        '0',
        `${mb(before.heap)} → ${mb(afterPreview.heap)} → ${mb(after.heap)}`,
        `${mb(before.rss)} → ${mb(after.rss)}`,
      ]);
    }
    table(
      [
        'rows',
        'new / dup',
        'preview',
        'longest stall',
        'preview calls',
        'send',
        'rows/s',
        'calls per new row',
        'calls per dup',
        'heap before → preview → done',
        'RSS',
      ],
      rows,
    );
    note(
      `Calls per new row: ${reading(perNewRowMet)} (goal 1.0: one customer.contact.add each, every Komet call` +
        ' made while sending counted, look-ups included). Rows found duplicate in the preview are never' +
        " sent: 0 calls. The preview reads each customer's contact list once (cached ones cost none);" +
        ' its longest stall (monitorEventLoopDelay) is how long other requests waited meanwhile.' +
        " Rows are sent one at a time by the outbox worker, each customer's in order; each row is" +
        ' three database transactions besides the add. Heap after a full collection; the server, the' +
        ' simulator and the bench share one process.',
    );
  } finally {
    await pair.close();
  }
}
