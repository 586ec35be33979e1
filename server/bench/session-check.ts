import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sessionService } from '../src/auth/sessions';
import { openStorage } from '../src/db/storage';
import { note, reading, section, table } from './print';
import { ms, summarize, timed } from './stats';

const WARMUP = 500;
const N = 5000;
const TARGET_MEDIAN_MS = 0.3;

/**
 * What signing in adds to every API request: resolving the session cookie against the database
 * (one indexed read joined to the user), on a SQLite file as in production.
 */
export async function benchSessionCheck(): Promise<void> {
  section(`5. Session check per request: ${N} lookups on a SQLite file, after ${WARMUP} warm-up`);
  const dataDir = await mkdtemp(path.join(tmpdir(), 'komet-contacts-bench-'));
  const storage = await openStorage({ dataDir });
  try {
    const sessions = sessionService(storage, {
      idleMs: 3_600_000,
      maxAgeMs: 86_400_000,
      now: Date.now,
    });
    // A realistic table: a team's worth of users, each signed in on a few devices.
    const ids: string[] = [];
    for (let u = 0; u < 50; u++) {
      const user = await storage.users.create(
        { username: `user${u}`, name: `User ${u}`, role: 'sales', passwordHash: 'unused' },
        new Date().toISOString(),
      );
      for (let s = 0; s < 4; s++) ids.push(await sessions.start(user.id));
    }
    const samples: number[] = [];
    for (let i = 0; i < WARMUP + N; i++) {
      const [elapsed, user] = await timed(() => sessions.resolve(ids[i % ids.length]!));
      if (!user) throw new Error('a live session did not resolve');
      if (i >= WARMUP) samples.push(elapsed);
    }
    const s = summarize(samples);
    table(
      ['lookup', 'n', 'median', 'p95', 'max', 'target (median)', 'reading'],
      [
        [
          'valid session',
          String(s.n),
          ms(s.p50),
          ms(s.p95),
          ms(s.max),
          `≤ ${TARGET_MEDIAN_MS} ms`,
          reading(s.p50 <= TARGET_MEDIAN_MS),
        ],
      ],
    );
    note(
      'Last-seen is written at most once a minute per session, so nearly every check is a read.',
    );
  } finally {
    await storage.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
