import { randomUUID } from 'node:crypto';
import pg from 'pg';

/**
 * The floor of issue 10's ratio: the writes a confirmed purchase paying 1.00 with bonuses and
 * accruing really makes (lock, purchase, payment and its draw, accrual and its lot, confirmation,
 * outbox row), for the members the terminals buy for, straight through `pg` from as many
 * connections as there are terminals, in the same run on the same machine. Its outbox rows are
 * written as published, so the platform's dispatcher does not work on them meanwhile.
 */
export async function driveFloor(databaseUrl: string, terminals: number, seconds: number, buyers: string[]): Promise<number> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: terminals, options: '-c search_path=ledger' });
  const { rows: accounts } = await pool.query<{ id: string; member_id: string; company_id: string }>(
    'SELECT id, member_id, company_id FROM accounts WHERE member_id = ANY($1::uuid[])',
    [buyers],
  );
  let count = 0;
  const end = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: terminals }, async (_, t) => {
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
  return count / seconds;
}
