import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { testDatabaseUrl } from '../config';
import type { DatabaseLocation } from '../db/database';
import { freshPostgres } from '../db/fresh-postgres';

export type MakeDatabase = () => Promise<{ location: DatabaseLocation; drop: () => Promise<void> }>;

const postgresUrl = testDatabaseUrl();

/**
 * For `describe.each`: a SQLite file of its own, and an empty PostgreSQL database when there is
 * a server to make one on (.ci/run starts one), so both dialects run the same tests.
 */
export const DATABASES: [string, MakeDatabase][] = [
  [
    'SQLite',
    async () => {
      const dataDir = await mkdtemp(path.join(tmpdir(), 'komet-contacts-storage-'));
      return { location: { dataDir }, drop: () => rm(dataDir, { recursive: true, force: true }) };
    },
  ],
  ...(postgresUrl
    ? [
        [
          'PostgreSQL',
          async () => {
            const { url, drop } = await freshPostgres(postgresUrl);
            return { location: { databaseUrl: url }, drop };
          },
        ] as [string, MakeDatabase],
      ]
    : []),
];
