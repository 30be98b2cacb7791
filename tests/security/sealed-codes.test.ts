import { RequestMemberCodeDocument } from '../e2e/__generated__/operations';
import { usePlatformWithCompany } from '../support/fixture';
import { request } from '../support/graphql-client';
import { lastCodeSentTo, querySql, uniquePhone } from '../support/seed';

/** Whoever reads the outbox, the queue or a backup of them learns no code: codes travel sealed. */
const env = usePlatformWithCompany({ events: true });

test('a one-time code appears in no table of any schema, only sealed in its event', async () => {
  const phone = uniquePhone();
  await request(env.platform.gatewayUrl, RequestMemberCodeDocument, { input: { companyId: env.company.companyId, phone } });
  const code = await lastCodeSentTo(env.platform, phone);
  expect(code).toMatch(/^\d{6}$/);
  // Every text-like column of every table the platform writes, the queue's included.
  const columns = await querySql<{ table_schema: string; table_name: string; column_name: string }>(
    env.platform,
    `SELECT table_schema, table_name, column_name FROM information_schema.columns
      WHERE table_schema IN ('members', 'ledger', 'pgboss') AND data_type IN ('text', 'character varying', 'jsonb', 'json')`,
  );
  const found: string[] = [];
  for (const { table_schema, table_name, column_name } of columns) {
    const rows = await querySql(env.platform, `SELECT 1 FROM "${table_schema}"."${table_name}" WHERE "${column_name}"::text LIKE $1 LIMIT 1`, [`%${code}%`]);
    if (rows.length > 0) found.push(`${table_schema}.${table_name}.${column_name}`);
  }
  expect(found).toEqual([]);
});
