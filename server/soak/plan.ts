import type { PhaseOptions } from './soak';

type Scale = Pick<PhaseOptions, 'submissions' | 'clients'>;

// About 40 contacts a minute per person: under the per-user write limit (60), retries included.
const PACE_MS = 1500;

/**
 * The soak's two phases, at any scale: `npm run soak` runs them with 1,000 submissions each,
 * `npm test` (soak.test.ts) with a few dozen.
 */
export const soakPlan = {
  sqlite: (scale: Scale, database: { dataDir: string }): PhaseOptions => ({
    name: 'SQLite, one app process',
    database,
    processes: 1,
    ...scale,
    paceMs: scale.submissions >= 500 ? PACE_MS : 100,
    faultRate: 0.1,
    seed: 7,
    outage: { at: 0.2, ms: 3000 },
    restarts: [
      { at: 0.45, process: 0, signal: 'SIGTERM' },
      { at: 0.7, process: 0, signal: 'SIGKILL' },
    ],
  }),
  postgres: (scale: Scale, database: { databaseUrl: string }): PhaseOptions => ({
    name: 'PostgreSQL, two app processes',
    database,
    processes: 2,
    ...scale,
    paceMs: scale.submissions >= 500 ? PACE_MS : 100,
    faultRate: 0.1,
    seed: 11,
    outage: { at: 0.25, ms: 3000 },
    restarts: [
      { at: 0.5, process: 0, signal: 'SIGTERM' },
      { at: 0.7, process: 1, signal: 'SIGKILL' },
    ],
  }),
};
