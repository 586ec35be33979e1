import type { ContactInput } from '../src/contract';
import { stringifyWithIntegers } from '../src/komet/wire-json';
import { BENCH_TOKEN, postJson, request, startPair, type Pair } from './harness';
import { note, reading, section, table } from './print';
import { ms, summarize, timed, type Summary } from './stats';

const WARMUP = 50;
const N = 300;
const TARGET_RATIO = 1.5;
const CUSTOMER_ID = '4242';
const CONTACT: ContactInput = {
  name: 'Bench Buyer',
  type: 'Buyer',
  phone: '+593 2 255 0101',
  email: 'bench.buyer@example.com',
  emailPOD: true,
};

/** The three series: an add through our server, the same add straight to "Komet", a bare hop. */
function seriesFor({ server, simulator }: Pair): Record<string, () => Promise<void>> {
  // Komet's wire shape: token in the body, customerId a bare JSON integer (KOMET-API.md).
  const directBody = stringifyWithIntegers(
    { customerId: CUSTOMER_ID },
    { authenticationToken: BENCH_TOKEN, ...CONTACT },
  );
  const serverBody = JSON.stringify(CONTACT);
  return {
    'POST via server': async () => {
      const answer = await postJson(
        `${server.url}/api/customers/${CUSTOMER_ID}/contacts`,
        serverBody,
      );
      if (answer.status !== 201)
        throw new Error(`server answered ${answer.status}: ${answer.text}`);
    },
    'POST direct to simulator': async () => {
      const answer = await postJson(`${simulator.url}/customer.contact.add`, directBody);
      const status = (JSON.parse(answer.text) as { status?: unknown }).status;
      if (Number(status) !== 1) throw new Error(`simulator refused: ${answer.text}`);
    },
    // What one more loopback hop costs: a server route that does no work and calls nobody.
    'GET /api/contact-types (hop only)': async () => {
      const answer = await request(`${server.url}/api/contact-types`);
      if (answer.status !== 200) throw new Error(`contact-types answered ${answer.status}`);
    },
  };
}

async function measure(series: Record<string, () => Promise<void>>): Promise<Map<string, Summary>> {
  const names = Object.keys(series);
  const times = new Map(names.map((name) => [name, [] as number[]]));
  for (let i = 0; i < WARMUP + N; i++) {
    // Rotate which goes first, so no series always follows the same one.
    for (let k = 0; k < names.length; k++) {
      const name = names[(i + k) % names.length]!;
      const [elapsed] = await timed(series[name]!);
      if (i >= WARMUP) times.get(name)!.push(elapsed);
    }
  }
  return new Map([...times].map(([name, samples]) => [name, summarize(samples)]));
}

export async function benchServerOverhead(): Promise<void> {
  section(
    `2. Server overhead: ${N} sequential requests per series, rotating, after ${WARMUP} warm-up`,
  );
  const pair = await startPair();
  try {
    await pair.server.directory.ready();
    const results = await measure(seriesFor(pair));
    table(
      ['series', 'n', 'median', 'p95', 'max'],
      [...results].map(([name, s]) => [name, String(s.n), ms(s.p50), ms(s.p95), ms(s.max)]),
    );
    const server = results.get('POST via server')!;
    const direct = results.get('POST direct to simulator')!;
    const ratio = (key: 'p50' | 'p95') => server[key] / direct[key];
    note('Ratio server / direct:');
    table(
      ['ratio', 'value', 'target', 'reading'],
      (['p50', 'p95'] as const).map((key) => [
        key === 'p50' ? 'median' : key,
        ratio(key).toFixed(2),
        `≤ ${TARGET_RATIO}`,
        reading(ratio(key) <= TARGET_RATIO),
      ]),
    );
    note(
      `Added per save: median ${ms(server.p50 - direct.p50)}, p95 ${ms(server.p95 - direct.p95)}.` +
        ' That is one more loopback HTTP exchange, the session check, validation, and three' +
        ' database commits flushed to disk before and after the Komet call (the audit entry' +
        ' written and completed, the call counted against the daily budget). Bench client, server' +
        ' and simulator share one Node process and the simulator answers in about a millisecond,' +
        ' so the ratio is far above what it is in front of the real Komet, whose network time dominates.',
    );
  } finally {
    await pair.close();
  }
}
