import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { phoneLookupKey } from '../../infra/auth/phone-key';
import {
  AccrueBonusesDocument,
  BlockCardDocument,
  CalculateManualOperationDocument,
  CalculatePurchaseDocument,
  ConfirmManualOperationDocument,
  ConfirmPurchaseDocument,
  ImportOperationsDocument,
  OptOutDocument,
  RegisterDeviceDocument,
  RequestEmailChangeDocument,
  RequestMemberCodeDocument,
  RequestPhoneChangeDocument,
} from '../e2e/__generated__/operations';
import { eventually } from '../support/eventually';
import { usePlatformWithCompany } from '../support/fixture';
import { request } from '../support/graphql-client';
import {
  querySql,
  registerSignedInMember,
  type SeededTerminal,
  seedTerminal,
  uniqueEmail,
  uniquePhone,
  waitForLedger,
  waitForLedgerCard,
} from '../support/seed';

/**
 * An opt-out leaves nothing of the person in any table of any schema: the subgraphs', the event
 * queue's, and whatever a later subgraph adds (the scan reads the catalogue, not a list).
 */
const env = usePlatformWithCompany({ events: true, communications: true });
let till: SeededTerminal;

beforeAll(async () => {
  till = await seedTerminal(env.platform, env.company.adminToken);
});

/** For each value, the tables of the platform's own schemas (whatever they are) holding it anywhere in a row. */
async function tablesMentioning(values: string[]): Promise<Record<string, string[]>> {
  const client = new pg.Client({ connectionString: env.platform.databaseUrl });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT format('%I.%I', table_schema, table_name) AS name FROM information_schema.tables
        WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')`,
    );
    const found: Record<string, string[]> = {};
    for (const { name } of tables) {
      const { rows } = await client.query<{ row: string }>(`SELECT t::text AS row FROM ${name} t`);
      for (const value of values) {
        if (rows.some(({ row }) => row.toLowerCase().includes(value.toLowerCase()))) found[value] = [...(found[value] ?? []), name];
      }
    }
    return found;
  } finally {
    await client.end();
  }
}

/** Waits until no event is waiting in or being worked from any queue. */
async function queuesDrained(): Promise<void> {
  await eventually(
    async () => {
      const [pending] = await querySql<{ count: string }>(env.platform, "SELECT count(*) FROM pgboss.job WHERE state IN ('created', 'retry', 'active')");
      return Number(pending?.count) === 0 ? true : undefined;
    },
    'every queue drained',
    { timeoutMs: 20_000 },
  );
}

async function buyAtTill(cardNumber: string) {
  const { calculatePurchase } = await request(
    env.platform.gatewayUrl,
    CalculatePurchaseDocument,
    { input: { idempotencyKey: randomUUID(), cardNumber, lines: [{ product: 'tea', price: '40.00', quantity: '1' }] } },
    { token: till.token },
  );
  expect(calculatePurchase.errors).toEqual([]);
  const { confirmPurchase } = await request(
    env.platform.gatewayUrl,
    ConfirmPurchaseDocument,
    { input: { idempotencyKey: randomUUID(), purchaseId: calculatePurchase.purchase?.id as string } },
    { token: till.token },
  );
  expect(confirmPurchase.errors).toEqual([]);
}

async function accrueAtTill(cardNumber: string, reason: string) {
  const { calculateManualOperation } = await request(
    env.platform.gatewayUrl,
    CalculateManualOperationDocument,
    { input: { idempotencyKey: randomUUID(), cardNumber, kind: 'ACCRUAL', amount: '3', reason } },
    { token: till.token },
  );
  expect(calculateManualOperation.errors).toEqual([]);
  const { confirmManualOperation } = await request(
    env.platform.gatewayUrl,
    ConfirmManualOperationDocument,
    { input: { idempotencyKey: randomUUID(), manualOperationId: calculateManualOperation.manualOperation?.id as string } },
    { token: till.token },
  );
  expect(confirmManualOperation.errors).toEqual([]);
}

test('after an opt-out no table of any schema holds the person’s phone, email, names, card numbers, phone key or reasons about them', async () => {
  const { member, input, token } = await registerSignedInMember(env.platform, env.company, { firstName: 'Zacharias', lastName: 'Quellmalz' });
  const phone = input.phone as string;
  const email = input.email as string;
  const cardNumber = member.cards[0]?.number as string;
  const newPhone = uniquePhone();
  const newEmail = uniqueEmail('new-address');
  await waitForLedgerCard(env.platform, cardNumber);

  // Traces in every subgraph: staff reasons naming the person, till operations by card, pending
  // contact changes, codes, failed look-ups.
  const reason = `goodwill for Zacharias Q. ${randomUUID()}`;
  const accrued = await request(
    env.platform.gatewayUrl,
    AccrueBonusesDocument,
    { input: { memberId: member.id, amount: '50', reason } },
    { token: env.company.adminToken },
  );
  expect(accrued.accrueBonuses.errors).toEqual([]);
  const tillReason = `Quellmalz asked at the desk ${randomUUID()}`;
  await accrueAtTill(cardNumber, tillReason);
  await buyAtTill(cardNumber);
  const imported = await request(
    env.platform.gatewayUrl,
    ImportOperationsDocument,
    {
      input: {
        rows: [
          { externalId: randomUUID(), phone, kind: 'ACCRUAL', amount: '2', effectiveAt: new Date(Date.now() - 3600_000).toISOString(), reason },
          { externalId: randomUUID(), cardNumber, kind: 'ACCRUAL', amount: '2', effectiveAt: new Date(Date.now() - 3600_000).toISOString() },
        ],
      },
    },
    { token: env.company.adminToken },
  );
  expect(imported.importOperations.imported).toBe(2);
  await request(env.platform.gatewayUrl, RequestPhoneChangeDocument, { input: { newPhone } }, { token });
  await request(env.platform.gatewayUrl, RequestEmailChangeDocument, { input: { newEmail } }, { token });
  await request(env.platform.gatewayUrl, RequestMemberCodeDocument, { input: { phone, companyId: env.company.companyId } });
  const deviceToken = `erasure:APA91b${randomUUID().replaceAll('-', '')}${randomUUID().replaceAll('-', '')}`;
  const registered = await request(env.platform.gatewayUrl, RegisterDeviceDocument, { input: { service: 'FCM', token: deviceToken } }, { token });
  expect(registered.registerDevice.errors).toEqual([]);
  const blockComment = `Zacharias lost it ${randomUUID()}`;
  await request(
    env.platform.gatewayUrl,
    BlockCardDocument,
    { input: { cardNumber, reason: 'LOST', comment: blockComment } },
    { token: env.company.adminToken },
  );
  await queuesDrained();
  const values = [
    phone,
    email,
    newPhone,
    newEmail,
    'Zacharias',
    'Quellmalz',
    cardNumber,
    phoneLookupKey(phone, env.platform.secrets.phoneKeySecret),
    reason,
    tillReason,
    deviceToken,
  ];
  // The scan finds them before the opt-out, so its silence after means something.
  expect(Object.keys(await tablesMentioning(values)).sort()).toEqual([...values].sort());

  const { optOut } = await request(env.platform.gatewayUrl, OptOutDocument, { input: { reason: 'Zacharias moves abroad' } }, { token });
  expect(optOut.errors).toEqual([]);
  await waitForLedger(env.platform, member.id, 'DELETED');
  await queuesDrained();

  expect(await tablesMentioning(values)).toEqual({});
});
