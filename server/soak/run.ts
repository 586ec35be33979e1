import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { testDatabaseUrl } from '../src/config';
import { freshPostgres } from '../src/db/fresh-postgres';
import { note, reading, section, table } from '../bench/print';
import { soakPlan } from './plan';
import { runPhase, type PhaseReport } from './soak';

const GOAL_CALLS_PER_SUBMISSION = 1.1;

function print(report: PhaseReport): void {
  section(report.name);
  for (const event of report.events) console.log(`- ${event}`);
  const faults = Object.entries(report.faultsMet);
  const met = faults.reduce((sum, [, count]) => sum + count, 0);
  console.log(`- faults met: ${met} (${faults.map(([kind, n]) => `${kind} ${n}`).join(', ')})`);
  const calls = report.kometCalls.add + report.kometCalls.list;
  const perSubmission = calls / report.submissions;
  const ms = (value: number) => `${value.toFixed(0)} ms`;
  console.log('');
  table(
    ['', 'figure', 'goal'],
    [
      ['submissions', String(report.submissions), '>= 1000'],
      ['duplicates in Komet', String(report.duplicates), `0: ${reading(report.duplicates === 0)}`],
      ['lost', String(report.lost), `0: ${reading(report.lost === 0)}`],
      ['refused by Komet, with its reason', String(report.refused), ''],
      ['told the wrong outcome', String(report.misreported.length), '0'],
      ['ended without an answer', String(report.failed.length), '0'],
      [
        'Komet calls per submission',
        `${perSubmission.toFixed(3)} (${report.kometCalls.add} adds + ${report.kometCalls.list} look-ups)`,
        `<= ${GOAL_CALLS_PER_SUBMISSION}: ${reading(perSubmission <= GOAL_CALLS_PER_SUBMISSION)}`,
      ],
      [
        'answer p50 / p95 / p99',
        `${ms(report.answerMs.p50)} / ${ms(report.answerMs.p95)} / ${ms(report.answerMs.p99)}`,
        '',
      ],
      [
        'in Komet p50 / p95 / p99',
        `${ms(report.settledMs.p50)} / ${ms(report.settledMs.p95)} / ${ms(report.settledMs.p99)}`,
        '',
      ],
      ['duration', `${(report.durationMs / 1000).toFixed(1)} s`, ''],
    ],
  );
  for (const failure of [...report.misreported, ...report.failed].slice(0, 10)) {
    console.log(`  ! ${failure}`);
  }
}

/**
 * `npm run soak [-- --submissions 1000 --clients 20]`: exactly-once adds under faults, an outage
 * and restarts, on SQLite with one app process, then on PostgreSQL (TEST_DATABASE_URL, an admin
 * URL: a database of its own is made and dropped) with two. Prints figures; exits 1 when a
 * submission was duplicated, lost or misreported.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      submissions: { type: 'string', default: '1000' },
      clients: { type: 'string', default: '20' },
    },
  });
  const scale = { submissions: Number(values.submissions), clients: Number(values.clients) };
  console.log(`# komet-contacts soak · ${new Date().toISOString()} · Node ${process.version}`);
  const reports: PhaseReport[] = [];
  const dataDir = await mkdtemp(path.join(tmpdir(), 'komet-contacts-soak-'));
  try {
    reports.push(await runPhase(soakPlan.sqlite(scale, { dataDir })));
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
  print(reports[0]!);
  const adminUrl = testDatabaseUrl();
  if (adminUrl) {
    const database = await freshPostgres(adminUrl);
    try {
      reports.push(await runPhase(soakPlan.postgres(scale, { databaseUrl: database.url })));
    } finally {
      await database.drop();
    }
    print(reports[1]!);
  } else {
    note(
      'PostgreSQL phase not run: set TEST_DATABASE_URL to a PostgreSQL admin URL (e.g. postgres://postgres@127.0.0.1:5432/postgres); the soak makes a database of its own there and drops it.',
    );
  }
  const bad = reports.some(
    (report) =>
      report.duplicates + report.lost + report.misreported.length + report.failed.length > 0,
  );
  process.exit(bad ? 1 : 0);
}

await main();
