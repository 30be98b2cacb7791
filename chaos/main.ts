/**
 * `npm run chaos`: the seeded fault run (see chaos/run.ts), for CHAOS_SEEDS seeds (default 10, from
 * CHAOS_FIRST_SEED, default 1). Prints each seed's figures and violations; exits 1 on any violation,
 * and the seed of a failing run reproduces it: CHAOS_FIRST_SEED=<seed> CHAOS_SEEDS=1 npm run chaos.
 * CHAOS_OPERATIONS (2000), CHAOS_TERMINALS (20), CHAOS_MEMBERS (40), CHAOS_KILLS (6) and
 * CHAOS_PG_RESTARTS (2) size it; CHAOS_UNSAFE_NO_IDEMPOTENCY=true switches the ledger's idempotency
 * keys off (the proof that the checker sees double applications: it must report violations).
 */
import { runChaos } from './run';

const number = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

async function main(): Promise<void> {
  const first = number('CHAOS_FIRST_SEED', 1);
  let failed = 0;
  for (let seed = first; seed < first + number('CHAOS_SEEDS', 10); seed++) {
    const started = Date.now();
    const report = await runChaos({
      seed,
      operations: number('CHAOS_OPERATIONS', 2000),
      terminals: number('CHAOS_TERMINALS', 20),
      members: number('CHAOS_MEMBERS', 40),
      kills: number('CHAOS_KILLS', 6),
      pgRestarts: number('CHAOS_PG_RESTARTS', 2),
      unsafeNoIdempotency: process.env.CHAOS_UNSAFE_NO_IDEMPOTENCY === 'true',
    });
    const { violations, ...figures } = report;
    console.log(JSON.stringify({ ...figures, violations: violations.length, seconds: Math.round((Date.now() - started) / 1000) }));
    // One line per seed with the figures (the test reads them), then the violations themselves.
    for (const violation of violations.slice(0, 20)) console.log(`  violation: ${violation}`);
    if (violations.length > 0) failed++;
  }
  console.log(failed === 0 ? 'chaos: no violations' : `chaos: ${failed} seed(s) with violations`);
  process.exit(failed === 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
