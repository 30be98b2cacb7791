import pg from 'pg';

/**
 * BENCH_SCALE=1: the ledger as a large retailer's, written straight into its tables (as an import
 * would): `members` more members, each with a card and an account in the company's default
 * currency, and `operations` accruals spread over them, each with its lot. The terminals keep
 * buying for the bench's own members, so what changes is what every statement searches through:
 * index depths, table sizes, and the plans PostgreSQL chooses (generic ones, in the till's
 * transactions) for tables of that size.
 */
export async function writeScaleData(databaseUrl: string, scale: { members: number; operations: number }): Promise<void> {
  const sql = new pg.Client({ connectionString: databaseUrl, options: '-c search_path=ledger' });
  await sql.connect();
  try {
    const { rows } = await sql.query<{ company_id: string; currency_id: string }>(
      'SELECT company_id, id AS currency_id FROM currencies WHERE is_default ORDER BY company_id LIMIT 1',
    );
    const { company_id: companyId, currency_id: currencyId } = rows[0] as { company_id: string; currency_id: string };
    const perMember = Math.max(1, Math.round(scale.operations / scale.members));
    const batch = 100_000;
    for (let from = 1; from <= scale.members; from += batch) {
      const to = Math.min(scale.members, from + batch - 1);
      // Card numbers of 16 digits starting with 9, which the bench's own cards never do.
      await sql.query(
        `WITH made AS (
           INSERT INTO member_refs (member_id, company_id, state, version, updated_at)
           SELECT gen_random_uuid(), $1, 'REGISTERED', 1, now() FROM generate_series($3::int, $4::int) g
           RETURNING member_id),
         numbered AS (SELECT member_id, row_number() OVER () + $3::int - 1 AS n FROM made),
         cards AS (
           INSERT INTO card_refs (company_id, number, card_id, member_id, version, updated_at)
           SELECT $1, '9' || lpad(n::text, 15, '0'), gen_random_uuid(), member_id, 1, now() FROM numbered),
         accounts_made AS (
           INSERT INTO accounts (id, company_id, currency_id, member_id)
           SELECT gen_random_uuid(), $1, $2, member_id FROM numbered RETURNING id, member_id),
         ops AS (
           INSERT INTO operations (account_id, company_id, member_id, kind, amount, effective_at, actor_kind, channel, reason)
           SELECT a.id, $1, a.member_id, 'ACCRUAL', 1, now() - interval '400 days' + g * interval '1 day', 'operator', 'IMPORT', 'scale'
             FROM accounts_made a CROSS JOIN generate_series(1, $5::int) g
           RETURNING id, account_id, effective_at)
         INSERT INTO lots (id, account_id, operation_id, amount, remaining, effective_at, activates_at, expires_at)
         SELECT gen_random_uuid(), account_id, id, 1, 1, effective_at, effective_at, effective_at + interval '365 days' FROM ops`,
        [companyId, currencyId, from, to, perMember],
      );
      process.stdout.write(`  scale data: ${to} of ${scale.members} members written\r`);
    }
    process.stdout.write('\n');
    for (const table of ['member_refs', 'card_refs', 'accounts', 'operations', 'lots']) await sql.query(`VACUUM ANALYZE ${table}`);
  } finally {
    await sql.end();
  }
}
