/**
 * `npm run bench`: the POS flow (calculate + confirm, some paying with bonuses) from concurrent
 * simulated terminals through the gateway, against the floor plain `pg` allows for the same ledger
 * writes, measured in the same run on the same machine; then the cost of a balance read with 10
 * and with 100,000 operations in the member's history.
 *
 * Settings: BENCH_TERMINALS (8), BENCH_MEMBERS (40), BENCH_SECONDS (15), BENCH_HISTORY (100000);
 * BENCH_NODE_ARGS are extra node arguments for the platform's processes, e.g.
 * `--cpu-prof --cpu-prof-dir=/tmp/profiles` to see where they spend their time.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { createSchemaPool } from '../infra/db/pool';
import { createLedgerPrisma } from '../subgraphs/ledger/data/prisma';
import { rebuildCheckpoints } from '../subgraphs/ledger/services/ledger-writer';
import {
  AccrueBonusesDocument,
  CalculatePurchaseDocument,
  ConfirmPurchaseDocument,
  CreatePointOfSaleDocument,
  CreatePosTerminalDocument,
  LoginOperatorDocument,
  LoginTerminalDocument,
  MemberBalanceDocument,
  RegisterMemberDocument,
  UpdateProgramRulesDocument,
} from '../tests/e2e/__generated__/operations';
import { printSqlStatistics, resetSqlStatistics } from './sql-statistics';
import { ADMIN, gql, percentile, runBench, startBenchPlatform } from './support';

const TERMINALS = Number(process.env.BENCH_TERMINALS ?? 8);
const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 40);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const HISTORY = Number(process.env.BENCH_HISTORY ?? 100_000);
const LINES = [
  { product: 'coffee', category: 'drinks', price: '3.99', quantity: '2' },
  { product: 'cake', category: 'bakery', price: '12.50', quantity: '1' },
];

async function waitFor(client: pg.Client, sql: string, params: unknown[], count: number) {
  for (let i = 0; i < 600; i++) {
    const { rows } = await client.query<{ n: string }>(sql, params);
    if (Number(rows[0]?.n) >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for: ${sql}`);
}

async function setUp(url: string, sql: pg.Client) {
  const admin = (await gql(url, LoginOperatorDocument, { input: { email: ADMIN.adminEmail, password: ADMIN.adminPassword } })).loginOperator.token as string;
  await gql(url, UpdateProgramRulesDocument, { input: { baseAccrualPercent: '5', maxPaymentShare: '0.5', activationDelayDays: 0, lifetimeDays: 365 } }, admin);
  const terminals: string[] = [];
  for (let i = 0; i < TERMINALS; i++) {
    const pos = (await gql(url, CreatePointOfSaleDocument, { input: { name: `Store ${i}` } }, admin)).createPointOfSale.pointOfSale?.id as string;
    const created = (await gql(url, CreatePosTerminalDocument, { input: { pointOfSaleId: pos, name: 'Till' } }, admin)).createPosTerminal;
    terminals.push(
      (await gql(url, LoginTerminalDocument, { input: { terminalId: created.terminal?.id as string, secret: created.secret as string } })).loginTerminal
        .token as string,
    );
  }
  const members: Array<{ id: string; card: string }> = [];
  for (let i = 0; i < MEMBERS; i++) {
    const phone = `+4915${String(100000000 + i)}`;
    const member = (await gql(url, RegisterMemberDocument, { input: { channel: 'CONTACT_CENTER', phone, firstName: 'Bench', lastName: `M${i}` } }, admin))
      .registerMember.member;
    members.push({ id: member?.id as string, card: member?.cards[0]?.number as string });
  }
  await waitFor(sql, 'SELECT count(*) AS n FROM ledger.card_refs WHERE member_id IS NOT NULL', [], MEMBERS);
  await waitFor(sql, "SELECT count(*) AS n FROM ledger.member_refs WHERE state = 'REGISTERED'", [], MEMBERS);
  for (const member of members) await gql(url, AccrueBonusesDocument, { input: { memberId: member.id, amount: '5000' } }, admin);
  return { admin, terminals, members };
}

/** Terminals loop calculate + confirm for the duration; every second receipt pays 1.00 with bonuses. */
async function drivePos(url: string, terminals: string[], members: Array<{ card: string }>) {
  const latencies: number[] = [];
  let failures = 0;
  let firstFailure: string | undefined;
  const end = Date.now() + SECONDS * 1000;
  await Promise.all(
    terminals.map(async (token, t) => {
      for (let n = 0; Date.now() < end; n++) {
        const member = members[(t * 7919 + n) % members.length] as { card: string };
        const started = performance.now();
        try {
          const calculated = await gql(
            url,
            CalculatePurchaseDocument,
            { input: { idempotencyKey: randomUUID(), cardNumber: member.card, lines: LINES, payWithBonuses: n % 2 ? '1.00' : null } },
            token,
          );
          const purchaseId = calculated.calculatePurchase.purchase?.id;
          if (!purchaseId) throw new Error(`calculatePurchase: ${JSON.stringify(calculated.calculatePurchase.errors)}`);
          const confirmed = await gql(url, ConfirmPurchaseDocument, { input: { idempotencyKey: randomUUID(), purchaseId } }, token);
          if (confirmed.confirmPurchase.errors.length > 0) {
            failures++;
            firstFailure ??= `confirmPurchase: ${JSON.stringify(confirmed.confirmPurchase.errors)}`;
          } else latencies.push(performance.now() - started);
        } catch (error) {
          failures++;
          firstFailure ??= error instanceof Error ? error.message : String(error);
        }
      }
    }),
  );
  return { latencies: latencies.sort((a, b) => a - b), failures, firstFailure };
}

/** The same writes a confirmed purchase makes, straight through `pg`: the floor the database allows. */
async function driveBaseline(databaseUrl: string) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: TERMINALS, options: '-c search_path=ledger' });
  const { rows: accounts } = await pool.query<{ id: string; member_id: string; company_id: string }>('SELECT id, member_id, company_id FROM accounts');
  let count = 0;
  const end = Date.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: TERMINALS }, async (_, t) => {
      for (let n = 0; Date.now() < end; n++) {
        const account = accounts[(t * 7919 + n) % accounts.length] as (typeof accounts)[number];
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          await client.query('SELECT id FROM accounts WHERE id = $1 FOR UPDATE', [account.id]);
          const purchase = randomUUID();
          await client.query(
            `INSERT INTO purchases (id, company_id, terminal_id, point_of_sale_id, member_id, currency_id, state, lines, subtotal, discount, rounding_correction, total, max_bonus_payment, bonus_payment, cash_due, accrual, hold_expires_at)
             SELECT $1, company_id, gen_random_uuid(), gen_random_uuid(), member_id, currency_id, 'PENDING', '[]', 20.48, 0.08, 0.08, 20.4, 10.2, 1, 19.4, 0.97, now() + interval '15 minutes' FROM accounts WHERE id = $2`,
            [purchase, account.id],
          );
          const op = await client.query<{ id: string }>(
            "INSERT INTO operations (account_id, company_id, member_id, kind, amount, effective_at, actor_kind, channel) VALUES ($1, $2, $3, 'PAYMENT', 1, now(), 'terminal', 'POS') RETURNING id",
            [account.id, account.company_id, account.member_id],
          );
          const lot = await client.query<{ id: string }>('SELECT id FROM lots WHERE account_id = $1 AND remaining >= 1 ORDER BY expires_at LIMIT 1', [
            account.id,
          ]);
          await client.query('UPDATE lots SET remaining = remaining - 1 WHERE id = $1', [lot.rows[0]?.id]);
          await client.query(
            "INSERT INTO allocations (account_id, lot_id, operation_id, kind, amount, effective_at) VALUES ($1, $2, $3, 'PAYMENT', 1, now())",
            [account.id, lot.rows[0]?.id, op.rows[0]?.id],
          );
          const accrual = await client.query<{ id: string }>(
            "INSERT INTO operations (account_id, company_id, member_id, kind, amount, effective_at, actor_kind, channel) VALUES ($1, $2, $3, 'ACCRUAL', 0.97, now(), 'terminal', 'POS') RETURNING id",
            [account.id, account.company_id, account.member_id],
          );
          await client.query(
            "INSERT INTO lots (id, account_id, operation_id, amount, remaining, effective_at, activates_at, expires_at) VALUES (gen_random_uuid(), $1, $2, 0.97, 0.97, now(), now(), now() + interval '365 days')",
            [account.id, accrual.rows[0]?.id],
          );
          await client.query("UPDATE purchases SET state = 'CONFIRMED', confirmed_at = now() WHERE id = $1", [purchase]);
          await client.query(
            // Written as already published: the platform's dispatcher must not work on the floor's rows meanwhile.
            "INSERT INTO outbox_events (event_id, type, company_id, member_id, payload, published_at) VALUES (gen_random_uuid(), 'purchase.confirmed', $1, $2, '{}', now())",
            [account.company_id, account.member_id],
          );
          await client.query('COMMIT');
          count++;
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        } finally {
          client.release();
        }
      }
    }),
  );
  await pool.end();
  return count / SECONDS;
}

/**
 * Writes two years of history straight into one account (as an import would), ending 40 days ago,
 * each accrual expiring after 30 days, then lays its checkpoints. A read's cost follows the lots
 * still alive (they are listed in toExpire), so the history is one whose lots are all settled.
 */
async function writeHistory(databaseUrl: string, memberId: string) {
  const sql = new pg.Client({ connectionString: databaseUrl, options: '-c search_path=ledger' });
  await sql.connect();
  await sql.query(
    `WITH account AS (SELECT id, company_id FROM accounts WHERE member_id = $1),
          ops AS (INSERT INTO operations (account_id, company_id, member_id, kind, amount, effective_at, actor_kind, channel, reason)
                  SELECT account.id, account.company_id, $1, 'ACCRUAL', 1, now() - interval '770 days' + (g * interval '730 days' / $2), 'operator', 'IMPORT', 'bench history'
                    FROM account, generate_series(1, $2) g RETURNING id, account_id, effective_at)
     INSERT INTO lots (id, account_id, operation_id, amount, remaining, effective_at, activates_at, expires_at)
     SELECT gen_random_uuid(), account_id, id, 1, 1, effective_at, effective_at, effective_at + interval '30 days' FROM ops`,
    [memberId, HISTORY],
  );
  await sql.end();
  const pool = createSchemaPool(databaseUrl, 'ledger');
  const db = createLedgerPrisma(pool);
  const account = await db.account.findFirstOrThrow({ where: { memberId } });
  const made = await db.$transaction((tx) => rebuildCheckpoints(tx, account.id, new Date()), { timeout: 600_000 });
  await db.$disconnect();
  await pool.end();
  return made;
}

async function timeBalanceReads(url: string, token: string, memberId: string, reads = 50) {
  const times: number[] = [];
  for (let i = 0; i < reads; i++) {
    const started = performance.now();
    await gql(url, MemberBalanceDocument, { id: memberId }, token);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

async function main() {
  console.log(`starting the platform on an embedded PostgreSQL (${TERMINALS} terminals, ${MEMBERS} members, ${SECONDS}s per phase)…`);
  const platform = await startBenchPlatform({ communications: true });
  const sql = new pg.Client({ connectionString: platform.databaseUrl });
  await sql.connect();
  try {
    const { admin, terminals, members } = await setUp(platform.url, sql);
    await resetSqlStatistics(sql);
    const cpuBefore = platform.cpuSeconds();
    const pos = await drivePos(platform.url, terminals, members);
    const cpuAfter = platform.cpuSeconds();
    const memory = platform.residentMemory();
    const rate = pos.latencies.length / SECONDS;
    await printSqlStatistics(sql, pos.latencies.length, 'purchase');
    const baseline = await driveBaseline(platform.databaseUrl);
    console.log('\nPOS flow through the gateway (calculate + confirm, half paying with bonuses)');
    console.log(`  purchases/s      ${rate.toFixed(1)}   (failed: ${pos.failures}${pos.firstFailure ? `; the first: ${pos.firstFailure.slice(0, 300)}` : ''})`);
    console.log(`  latency p50      ${percentile(pos.latencies, 50).toFixed(1)} ms`);
    console.log(`  latency p99      ${percentile(pos.latencies, 99).toFixed(1)} ms`);
    console.log(`plain pg, the same ledger writes per purchase`);
    console.log(`  purchases/s      ${baseline.toFixed(1)}`);
    console.log(`  platform / floor ${(rate / baseline).toFixed(3)}`);
    console.log(`CPU per purchase in the POS phase (ms), by process`);
    for (const [index, [part, after]] of cpuAfter.entries()) {
      const before = cpuBefore[index]?.[1];
      const perPurchase = after === null || before == null ? null : ((after - before) * 1000) / pos.latencies.length;
      console.log(`  ${part.padEnd(16)} ${perPurchase === null ? 'unknown' : perPurchase.toFixed(2)}`);
    }
    console.log(`resident memory after the POS phase (target ≤ 250 MB each)`);
    for (const [part, megabytes] of memory) console.log(`  ${part.padEnd(16)} ${megabytes === null ? 'unknown' : `${megabytes} MB`}`);

    const short = members[0] as { id: string };
    const long = members[1] as { id: string };
    const checkpoints = await writeHistory(platform.databaseUrl, long.id);
    const shortReads = await timeBalanceReads(platform.url, admin, short.id);
    const longReads = await timeBalanceReads(platform.url, admin, long.id);
    const { rows } = await sql.query<{ n: string }>('SELECT count(*) AS n FROM ledger.operations WHERE member_id = $1', [long.id]);
    console.log(`balance read through the gateway (p50 of 50)`);
    console.log(
      `  member with ${(await sql.query<{ n: string }>('SELECT count(*) AS n FROM ledger.operations WHERE member_id = $1', [short.id])).rows[0]?.n} operations   ${percentile(shortReads, 50).toFixed(1)} ms`,
    );
    console.log(`  member with ${rows[0]?.n} operations   ${percentile(longReads, 50).toFixed(1)} ms   (${checkpoints} checkpoints)`);
    console.log(`  long / short     ${(percentile(longReads, 50) / percentile(shortReads, 50)).toFixed(2)}`);
  } finally {
    await sql.end();
    await platform.stop();
  }
}

runBench(main);
