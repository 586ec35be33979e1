import type { ContactInput } from '../src/contract';
import type { KometSimulator } from '../src/komet/simulator/simulator';
import { postJson, request, startPair } from './harness';
import { note, reading, section, table } from './print';

const SAVES = 20;
const TYPED = ['r', 'ro', 'ros', 'rosa', 'rosaf', 'rosafl', 'rosaflo', 'rosaflor'] as const;

/** Calls per Komet method so far: what the company's daily quota is charged. */
function byMethod(simulator: KometSimulator): string {
  const counts = new Map<string, number>();
  for (const { method } of simulator.received) counts.set(method, (counts.get(method) ?? 0) + 1);
  return [...counts].map(([method, count]) => `${method} × ${count}`).join(', ') || 'none';
}

export async function benchKometCalls(): Promise<void> {
  section('3. Komet calls (quota)');
  const pair = await startPair();
  try {
    const { simulator, server } = pair;
    await server.directory.ready();
    const startup = simulator.calls();
    const startupText = byMethod(simulator);

    const perSave = { add: new Set<number>(), total: new Set<number>() };
    for (let i = 0; i < SAVES; i++) {
      const contact: ContactInput = { name: `Quota Buyer ${i}`, type: 'Buyer', emailPOD: false };
      const [addBefore, totalBefore] = [simulator.calls('customer.contact.add'), simulator.calls()];
      const answer = await postJson(
        `${server.url}/api/customers/4242/contacts`,
        JSON.stringify(contact),
      );
      if (answer.status !== 201) throw new Error(`save answered ${answer.status}: ${answer.text}`);
      perSave.add.add(simulator.calls('customer.contact.add') - addBefore);
      perSave.total.add(simulator.calls() - totalBefore);
    }

    const typingBefore = simulator.calls();
    for (const q of TYPED) {
      const answer = await request(`${server.url}/api/customers?q=${encodeURIComponent(q)}`);
      if (answer.status !== 200) throw new Error(`search answered ${answer.status}`);
    }
    const typing = simulator.calls() - typingBefore;

    // Support screens (issue 3): what opening a customer page and saving an edit cost.
    const spent = async (action: () => Promise<unknown>) => {
      const before = simulator.calls();
      await action();
      return simulator.calls() - before;
    };
    const openPage = () =>
      Promise.all([
        request(`${server.url}/api/customers/4243`),
        request(`${server.url}/api/customers/4243/contacts`),
      ]);
    const firstOpen = await spent(openPage);
    const reopen = await spent(openPage);
    const listed = JSON.parse(
      (await request(`${server.url}/api/customers/4243/contacts`)).text,
    ) as {
      contacts: (ContactInput & { id: string })[];
    };
    const { id, ...fields } = listed.contacts[0]!;
    const editAndSave = await spent(() =>
      request(`${server.url}/api/customers/4243/contacts/${id}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          contact: { ...fields, phone: '+45 33 12 34 56' },
          expected: fields,
        }),
      }),
    );
    const afterSave = await spent(openPage);

    // The add screen's real flow: the duplicate check reads the list, then the add is sent.
    const salesFlow: number[] = [];
    for (let i = 0; i < 5; i++) {
      salesFlow.push(
        await spent(async () => {
          await request(`${server.url}/api/customers/1001/contacts`);
          const body = JSON.stringify({ name: `Flow Buyer ${i}`, type: 'Buyer' });
          await postJson(`${server.url}/api/customers/1001/contacts`, body);
        }),
      );
    }

    const values = (set: Set<number>) => [...set].sort((a, b) => a - b).join(' or ');
    const exactlyOne = (set: Set<number>) => set.size === 1 && set.has(1);
    table(
      ['what', 'Komet calls', 'target', 'reading'],
      [
        ['start-up (customer list)', `${startup} (${startupText})`, '1', reading(startup === 1)],
        [
          `per saved contact, customer.contact.add (${SAVES} saves)`,
          values(perSave.add),
          '1',
          reading(exactlyOne(perSave.add)),
        ],
        [
          `per saved contact, any method (${SAVES} saves)`,
          values(perSave.total),
          '1',
          reading(exactlyOne(perSave.total)),
        ],
        [
          `typing "${TYPED.at(-1)}" letter by letter (${TYPED.length} searches)`,
          String(typing),
          '0',
          reading(typing === 0),
        ],
        ['opening a customer page', String(firstOpen), '≤ 1', reading(firstOpen <= 1)],
        ['opening it again within minutes', String(reopen), '0', reading(reopen === 0)],
        [
          'saving an edited contact (re-read + update)',
          String(editAndSave),
          '≤ 2',
          reading(editAndSave <= 2),
        ],
        ['the customer page after that save', String(afterSave), '0', reading(afterSave === 0)],
        [
          'add screen, duplicate check + save, 5 contacts in a row',
          salesFlow.join(', '),
          '2 for the first, then 1',
          reading(salesFlow[0]! <= 2 && salesFlow.slice(1).every((calls) => calls === 1)),
        ],
      ],
    );
    note(`All calls this section: ${byMethod(simulator)}.`);
  } finally {
    await pair.close();
  }
}
