import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { soakPlan } from '../../soak/plan';
import { runPhase, type PhaseReport } from '../../soak/soak';
import { testDatabaseUrl } from '../config';
import { freshPostgres } from '../db/fresh-postgres';

// `npm run soak` at a size that fits in `npm test`: the same faults, outage and restarts.
const SCALE = { submissions: 60, clients: 6 };

function expectEveryContactOnceOrRefused(report: PhaseReport): void {
  expect(report.submissions).toBe(SCALE.submissions);
  expect(report.failed).toEqual([]);
  expect(report.misreported).toEqual([]);
  expect(report.lost).toBe(0);
  expect(report.duplicates).toBe(0);
}

describe('the soak, shortened', () => {
  it('when people save under faults, an outage, a graceful stop and a kill, then each contact is in Komet once or refused with its reason', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'komet-contacts-soak-'));
    try {
      expectEveryContactOnceOrRefused(await runPhase(soakPlan.sqlite(SCALE, { dataDir })));
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 120_000);

  // Defined only with a PostgreSQL server to run on (.ci/run starts one), so nothing is skipped.
  const adminUrl = testDatabaseUrl();
  if (adminUrl) {
    it('when two app processes share PostgreSQL and each is stopped once, then still each contact is in Komet once', async () => {
      const database = await freshPostgres(adminUrl);
      try {
        const plan = soakPlan.postgres(SCALE, { databaseUrl: database.url });
        expectEveryContactOnceOrRefused(await runPhase(plan));
      } finally {
        await database.drop();
      }
    }, 120_000);
  }
});
