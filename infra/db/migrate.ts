import { spawn } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../process/project-root';

/** Runs the Prisma CLI for one subgraph's schema, with DATABASE_URL pointing at the server to use. */
export function runPrismaCli(subgraph: string, args: string[], databaseUrl: string, quiet = false): Promise<void> {
  const cli = require.resolve('prisma/build/index.js');
  const config = path.join(PROJECT_ROOT, 'prisma', subgraph, 'prisma.config.ts');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args, '--config', config], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`prisma ${args.join(' ')} (${subgraph}) failed:\n${output}`))));
  });
}

/** Applies the subgraph's pending migrations (never creates new ones). */
export function applyMigrations(subgraph: string, databaseUrl: string): Promise<void> {
  return runPrismaCli(subgraph, ['migrate', 'deploy'], databaseUrl, true);
}
