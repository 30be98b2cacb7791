import { spawn } from 'node:child_process';
import path from 'node:path';

/** Runs `npm run chaos` as its own process (it drives processes of its own) and returns each seed's figures. */
function chaos(env: Record<string, string>): Promise<{ code: number | null; seeds: Array<Record<string, number>>; output: string }> {
  return new Promise((resolve) => {
    const root = path.resolve(__dirname, '..', '..');
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'chaos/main.ts')], { cwd: root, env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('exit', (code) => {
      const seeds = output
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line));
      resolve({ code, seeds, output });
    });
  });
}

const SHORT = { CHAOS_SEEDS: '1', CHAOS_TERMINALS: '6', CHAOS_MEMBERS: '10' };

/**
 * The short fault run (`npm run chaos` is the long one): terminals and operators under retries,
 * random timeouts and duplicate sends while the ledger is killed and PostgreSQL restarted, on a
 * PostgreSQL of its own; then every invariant against the reference model.
 */
test('a short fault run ends with every operation applied exactly once and every figure as the model says', async () => {
  const run = await chaos({ ...SHORT, CHAOS_FIRST_SEED: '1', CHAOS_OPERATIONS: '300', CHAOS_KILLS: '2', CHAOS_PG_RESTARTS: '1' });
  expect({ code: run.code, violations: run.seeds[0]?.violations }).toEqual({ code: 0, violations: 0 });
  expect(run.seeds[0]).toMatchObject({ killsSurvived: 2, pgRestarts: 1 });
  expect(run.seeds[0]?.applied).toBeGreaterThan(50);
  expect(run.seeds[0]?.retried).toBeGreaterThan(0);
}, 240_000);

test('the checker sees: with idempotency keys switched off (test-only), the same kind of run reports violations', async () => {
  const run = await chaos({
    ...SHORT,
    CHAOS_FIRST_SEED: '7',
    CHAOS_OPERATIONS: '200',
    CHAOS_KILLS: '1',
    CHAOS_PG_RESTARTS: '0',
    CHAOS_UNSAFE_NO_IDEMPOTENCY: 'true',
  });
  expect(run.code).toBe(1);
  expect(run.seeds[0]?.violations).toBeGreaterThan(0);
}, 240_000);
