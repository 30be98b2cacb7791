import type { ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { sealCode } from '../../infra/auth/code-sealing';
import { createDatabaseFromTemplate, dropDatabase } from '../../infra/db/test-database';
import { spawnCommunications } from '../support/communications-process';
import { eventually } from '../support/eventually';
import { SMPP_SINK_LOGIN, type SmppSink, startSmppSink } from '../support/smpp-sink';

/**
 * Delivery survives `kill -9`: the communications subgraph runs as a process of its own, is killed
 * mid-way through 300 texts and started again. Every text reaches the SMSC, and the only ones sent
 * twice are those the killed process had in flight (claimed, sent, not yet recorded): at most
 * the sends delivery runs at once.
 */
const MESSAGES = 300;
/** What delivery sends at once at most (MAX_IN_FLIGHT in services/delivery.ts): all a killed process can have in flight. */
const BATCH = 100;
const CREDENTIALS_KEY = randomBytes(32).toString('base64url');

let databaseUrl: string;
let smsc: SmppSink;
const children: ChildProcess[] = [];

function startCommunications(): ChildProcess {
  const child = spawnCommunications(databaseUrl, { CREDENTIALS_KEY });
  children.push(child);
  return child;
}

async function sql<T extends pg.QueryResultRow>(text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(text, params)).rows;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  databaseUrl = await createDatabaseFromTemplate(process.env.TEST_ADMIN_DATABASE_URL as string, process.env.TEST_TEMPLATE_DATABASE as string);
  smsc = await startSmppSink();
  const companyId = randomUUID();
  // The company's SMSC, as configureProvider leaves it: credentials sealed under the process's key.
  await sql(
    `INSERT INTO communications.providers (id, company_id, channel, kind, name, settings, sealed_credentials, rate_per_second, updated_at)
     VALUES (gen_random_uuid(), $1, 'SMS', 'SMPP', 'SMSC', $2, $3, 200, now())`,
    [companyId, { host: '127.0.0.1', port: String(smsc.port), sender: 'DemoRetail' }, sealCode(JSON.stringify(SMPP_SINK_LOGIN), CREDENTIALS_KEY)],
  );
  await sql(
    `INSERT INTO communications.messages (id, company_id, channel, kind, destination, variables, provider_message_ids)
     SELECT gen_random_uuid(), $1, 'SMS', 'consent.withdrawn', '+1555' || lpad(n::text, 7, '0'), '{"shop":"Kill Test"}', '{}'
       FROM generate_series(1, $2::int) AS n`,
    [companyId, MESSAGES],
  );
}, 60_000);

afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await smsc?.close();
  if (databaseUrl) await dropDatabase(databaseUrl);
});

test('killed with -9 mid-delivery and started again: every text arrives, and only those in flight twice', async () => {
  const first = startCommunications();
  await eventually(() => (smsc.received.length >= MESSAGES / 3 ? true : undefined), 'a third of the texts sent', { timeoutMs: 60_000 });
  first.kill('SIGKILL');
  await new Promise((resolve) => first.once('exit', resolve));
  const atKill = smsc.received.length;
  expect(atKill).toBeLessThan(MESSAGES);

  startCommunications();
  const destinations = await eventually(
    () => {
      const distinct = new Set(smsc.received.map((sms) => sms.destination));
      return distinct.size === MESSAGES ? distinct : undefined;
    },
    'every text at the SMSC',
    { timeoutMs: 60_000 },
  );
  expect(destinations.size).toBe(MESSAGES);
  const duplicates = smsc.received.length - MESSAGES;
  expect(duplicates).toBeLessThanOrEqual(BATCH);
  const [states] = await eventually(async () => {
    const rows = await sql<{ unsent: string }>("SELECT count(*) FILTER (WHERE status NOT IN ('SENT', 'DELIVERED')) AS unsent FROM communications.messages");
    return Number(rows[0]?.unsent) === 0 ? rows : undefined;
  }, 'every message recorded as sent');
  expect(Number(states?.unsent)).toBe(0);
}, 150_000);
