/**
 * `npm run bench:audiences`: target audiences over a large member base. The offers subgraph's
 * copies (member facts and receipts, as its events would have filled them) are seeded straight
 * into its schema for BENCH_AUDIENCE_MEMBERS members (120,000) with three receipts each; then,
 * through the gateway, a rule-based audience selecting over 100,000 of them is previewed, created
 * (every member enters), refreshed with nothing to change, and narrowed (half leave). Target
 * (issue 11): an audience over 100,000 members refreshes in ≤ 10 s. Also printed: how long the
 * ledger takes to hold its copy of the membership from the events, and an audience by balance
 * (each member given an account and a lot in the ledger): its refresh asks the ledger for every
 * member's active bonuses.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { verifyToken } from '../infra/auth/tokens';
import {
  CreateAudienceDocument,
  LoginOperatorDocument,
  PreviewAudienceDocument,
  RefreshAudienceDocument,
  UpdateAudienceDocument,
} from '../tests/e2e/__generated__/operations';
import { ADMIN, gql, runBench, startBenchPlatform } from './support';

const MEMBERS = Number(process.env.BENCH_AUDIENCE_MEMBERS ?? 120_000);
const TARGET_S = 10;
const BATCH = 10_000;
const CATEGORIES = ['drinks/coffee', 'drinks/tea', 'bakery/bread', 'dairy/cheese', 'snacks/chips'];

/** Member facts and three receipts each, in batches of set-based inserts. */
async function seedCopies(client: pg.Client, companyId: string, pointOfSaleId: string): Promise<void> {
  const now = Date.now();
  for (let start = 0; start < MEMBERS; start += BATCH) {
    const ids = Array.from({ length: Math.min(BATCH, MEMBERS - start) }, () => randomUUID());
    await client.query(
      `INSERT INTO offers.member_facts (member_id, company_id, state, registration_channel, registered_at, birthday, app_installed, marketing_consents, version)
       SELECT id, $2, 'REGISTERED', (ARRAY['POS','MOBILE_APP','PERSONAL_ACCOUNT'])[1 + n % 3], now() - (n % 700) * interval '1 day',
              lpad((1 + n % 12)::text, 2, '0') || '-' || lpad((1 + n % 28)::text, 2, '0'), n % 2 = 0, ARRAY['EMAIL'], 1
         FROM unnest($1::uuid[]) WITH ORDINALITY AS t(id, n)`,
      [ids, companyId],
    );
    for (let receipt = 0; receipt < 3; receipt++) {
      const soldAt = new Date(now - (receipt * 20 + 1) * 86_400_000);
      const lines = CATEGORIES.slice(receipt, receipt + 3).map((category, lineNo) => ({
        lineNo: lineNo + 1,
        sku: `sku-${lineNo}`,
        category,
        brand: null,
        price: '9.99',
        quantity: '1',
        registerDiscount: '0',
        total: '9.99',
      }));
      await client.query(
        `INSERT INTO offers.receipts (purchase_id, company_id, member_id, point_of_sale_id, sold_at, total, lines)
         SELECT gen_random_uuid(), $2, id, $3, $4, 29.97, $5::jsonb FROM unnest($1::uuid[]) AS id`,
        [ids, companyId, pointOfSaleId, soldAt, JSON.stringify(lines)],
      );
    }
  }
  await client.query('ANALYZE offers.member_facts; ANALYZE offers.receipts');
}

/** An account in the default currency and one lot (0 to 299 bonuses) for each member the offers subgraph knows. */
async function seedBalances(client: pg.Client, companyId: string): Promise<void> {
  await client.query(
    `INSERT INTO ledger.currencies (id, company_id, code, name, exchange_rate, is_default)
     VALUES (gen_random_uuid(), $1, 'BONUS', 'Bonuses', 1, true) ON CONFLICT (company_id, code) DO NOTHING`,
    [companyId],
  );
  await client.query(
    `INSERT INTO ledger.accounts (id, company_id, currency_id, member_id)
     SELECT gen_random_uuid(), $1, c.id, f.member_id FROM offers.member_facts f, ledger.currencies c
      WHERE f.company_id = $1 AND c.company_id = $1 AND c.code = 'BONUS'`,
    [companyId],
  );
  await client.query(
    `WITH ops AS (
       INSERT INTO ledger.operations (account_id, company_id, member_id, kind, amount, effective_at, actor_kind, origin)
       SELECT a.id, a.company_id, a.member_id, 'ACCRUAL', (row_number() OVER () % 300), now(), 'operator', 'MANUAL'
         FROM ledger.accounts a WHERE a.company_id = $1
       RETURNING id, account_id, amount, effective_at)
     INSERT INTO ledger.lots (id, account_id, operation_id, amount, remaining, effective_at, activates_at)
     SELECT gen_random_uuid(), account_id, id, amount, amount, effective_at, effective_at FROM ops`,
    [companyId],
  );
  await client.query('ANALYZE ledger.accounts; ANALYZE ledger.lots');
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

runBench(async () => {
  console.log('starting the platform with the offers subgraph…');
  const platform = await startBenchPlatform({ offers: true });
  const client = new pg.Client({ connectionString: platform.databaseUrl });
  await client.connect();
  try {
    const url = platform.url;
    const admin = (await gql(url, LoginOperatorDocument, { input: { email: ADMIN.adminEmail, password: ADMIN.adminPassword } })).loginOperator.token as string;
    const identity = verifyToken(admin, platform.secrets.token);
    const companyId = identity && identity.kind === 'operator' ? identity.companyId : '';
    console.log(`seeding ${MEMBERS.toLocaleString('en')} members’ facts and ${(MEMBERS * 3).toLocaleString('en')} receipts into the offers subgraph’s copies…`);
    const seeding = await timed(() => seedCopies(client, companyId, randomUUID()));
    console.log(`  seeded in ${seconds(seeding.ms)}`);

    // Bought at least twice in 90 days, and coffee in 30: every member but none of the lapsed.
    const rules = { purchases: { periodDays: 90, minCount: 2, minTotal: '50' }, boughtCategories: { categories: ['coffee', 'tea'], periodDays: 30 } };
    const preview = await timed(() => gql(url, PreviewAudienceDocument, { rules }, admin));
    const created = await timed(() => gql(url, CreateAudienceDocument, { input: { name: 'Regular coffee buyers', rules } }, admin));
    const audience = created.value.createAudience.audience;
    if (!audience) throw new Error(JSON.stringify(created.value.createAudience.errors));
    const unchanged = await timed(() => gql(url, RefreshAudienceDocument, { input: { audienceId: audience.id } }, admin));
    const narrowed = await timed(() =>
      gql(
        url,
        UpdateAudienceDocument,
        { input: { audienceId: audience.id, name: 'Regular coffee buyers with the app', rules: { ...rules, appInstalled: true } } },
        admin,
      ),
    );
    const left = audience.memberCount - (narrowed.value.updateAudience.audience?.memberCount ?? 0);

    // The ledger's copy, from the membership events (pushed in chunks of 1,000 ids).
    const copyStarted = performance.now();
    const expectedInCopy = narrowed.value.updateAudience.audience?.memberCount ?? 0;
    for (;;) {
      const { rows } = await client.query('SELECT count(*)::int AS n FROM ledger.audience_members WHERE audience_id = $1 AND present', [audience.id]);
      if (rows[0]?.n === expectedInCopy) break;
      if (performance.now() - copyStarted > 300_000) throw new Error(`the ledger's copy holds ${rows[0]?.n} of ${expectedInCopy} after 5 minutes`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const copyMs = performance.now() - copyStarted;

    console.log('seeding an account and a lot in the ledger for each member…');
    await seedBalances(client, companyId);
    const byBalance = { balance: { min: '100' } };
    const balancePreview = await timed(() => gql(url, PreviewAudienceDocument, { rules: byBalance }, admin));
    const balanceCreated = await timed(() => gql(url, CreateAudienceDocument, { input: { name: 'Hundred or more', rules: byBalance } }, admin));
    const rich = balanceCreated.value.createAudience.audience;
    if (!rich) throw new Error(JSON.stringify(balanceCreated.value.createAudience.errors));
    const balanceRefreshed = await timed(() => gql(url, RefreshAudienceDocument, { input: { audienceId: rich.id } }, admin));

    const worst = Math.max(created.ms, unchanged.ms, narrowed.ms, balanceCreated.ms, balanceRefreshed.ms);
    console.log(
      `\naudience of ${audience.memberCount.toLocaleString('en')} members (${MEMBERS.toLocaleString('en')} in the company, ${(MEMBERS * 3).toLocaleString('en')} receipts):`,
    );
    console.log(`  preview (count only)                 ${seconds(preview.ms)}  (${preview.value.previewAudience.preview?.memberCount} members)`);
    console.log(`  create: every member enters          ${seconds(created.ms)}`);
    console.log(`  refresh: nothing changes             ${seconds(unchanged.ms)}`);
    console.log(`  narrowed: ${left.toLocaleString('en')} members leave       ${seconds(narrowed.ms)}`);
    console.log(`  ledger's copy current after narrowing ${seconds(copyMs)} more`);
    console.log(
      `audience by balance (100 or more active bonuses: ${rich.memberCount.toLocaleString('en')} members), each asking the ledger for every balance:`,
    );
    console.log(`  preview                              ${seconds(balancePreview.ms)}  (${balancePreview.value.previewAudience.preview?.memberCount} members)`);
    console.log(`  create                               ${seconds(balanceCreated.ms)}`);
    console.log(`  refresh: nothing changes             ${seconds(balanceRefreshed.ms)}`);
    console.log(`  slowest refresh: ${seconds(worst)} (target ≤ ${TARGET_S} s: ${worst <= TARGET_S * 1000 ? 'met' : 'not met'})`);
  } finally {
    await client.end();
    await platform.stop();
  }
});
