import type pg from 'pg';

/**
 * With BENCH_SQL_STATS=1 the bench's PostgreSQL loads pg_stat_statements; these reset it before a
 * phase and print, after it, the statements that cost the server most per unit of work.
 */

export const sqlStatisticsEnabled = Boolean(process.env.BENCH_SQL_STATS);

export async function resetSqlStatistics(sql: pg.Client): Promise<void> {
  if (!sqlStatisticsEnabled) return;
  await sql.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
  await sql.query('SELECT pg_stat_statements_reset()');
}

export async function printSqlStatistics(sql: pg.Client, units: number, unitName: string, top = Number(process.env.BENCH_SQL_STATS_TOP ?? 25)): Promise<void> {
  if (!sqlStatisticsEnabled || units === 0) return;
  const { rows } = await sql.query<{ calls: string; exec_ms: number; plan_ms: number; rows: string; query: string }>(
    `SELECT calls, total_exec_time AS exec_ms, total_plan_time AS plan_ms, rows, query FROM pg_stat_statements
      WHERE query NOT LIKE '%pg_stat_statements%' ORDER BY total_exec_time + total_plan_time DESC LIMIT $1`,
    [top],
  );
  const all = await sql.query<{ calls: string; ms: number }>(
    `SELECT sum(calls) AS calls, sum(total_exec_time + total_plan_time) AS ms FROM pg_stat_statements WHERE query NOT LIKE '%pg_stat_statements%'`,
  );
  const total = all.rows[0];
  console.log(
    `statements per ${unitName}: ${(Number(total?.calls) / units).toFixed(1)}, server time ${(Number(total?.ms) / units).toFixed(2)} ms (execute + plan)`,
  );
  console.log('  calls/unit  exec ms/unit  plan ms/unit  rows/call  statement');
  for (const row of rows) {
    const calls = Number(row.calls);
    const query = row.query.replace(/\s+/g, ' ').slice(0, 150);
    console.log(
      `  ${(calls / units).toFixed(2).padStart(10)}  ${(row.exec_ms / units).toFixed(3).padStart(12)}  ${(row.plan_ms / units).toFixed(3).padStart(12)}  ${(Number(row.rows) / calls).toFixed(1).padStart(9)}  ${query}`,
    );
  }
}
