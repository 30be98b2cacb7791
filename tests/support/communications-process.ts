import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

/**
 * The communications subgraph as a process of its own (one a test may kill with -9) on a copy of the
 * migrated template: claims held 2 s, so what a killed process held is taken again soon. `env` adds
 * or overrides settings (its peers, the keys it shares with the test).
 */
export function spawnCommunications(databaseUrl: string, env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'subgraphs/communications/main.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      DATABASE_URL: databaseUrl,
      COMMUNICATIONS_PORT: '0',
      DATA_DIR: mkdtempSync(path.join(tmpdir(), 'loyalty-communications-')),
      DELIVERY_LEASE_SECONDS: '2',
      // The database is a copy of the migrated template.
      MIGRATE_ON_START: 'false',
      LOG_LEVEL: 'error',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
