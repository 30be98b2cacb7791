import type { ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { sealCode } from '../../infra/auth/code-sealing';
import { spawnCommunications } from '../support/communications-process';
import { eventually } from '../support/eventually';
import { startTestPlatform, type TestPlatform } from '../support/platform';
import { querySql, seedCompany } from '../support/seed';
import { SMPP_SINK_LOGIN, type SmppSink, startSmppSink } from '../support/smpp-sink';

/**
 * A mailing survives `kill -9`: the communications subgraph runs as a process of its own (asking
 * the members subgraph, in this process, for its recipients), is killed mid-way through a mailing
 * to 300 members and started again. Every member gets the text, and the only ones sent twice are
 * those the killed process had in flight: at most the sends delivery runs at once.
 */
const MEMBERS = 300;
/** What delivery sends at once at most (MAX_IN_FLIGHT in services/delivery.ts): all a killed process can have in flight. */
const IN_FLIGHT = 100;
const CREDENTIALS_KEY = randomBytes(32).toString('base64url');

let platform: TestPlatform;
let smsc: SmppSink;
let mailingId: string;
const children: ChildProcess[] = [];

function startCommunications(): ChildProcess {
  const child = spawnCommunications(platform.databaseUrl, {
    MEMBERS_URL: platform.membersUrl,
    // Its internal calls are signed as the members subgraph expects.
    GATEWAY_SIGNING_SECRET: platform.secrets.gatewaySigningSecret,
    CREDENTIALS_KEY,
  });
  children.push(child);
  return child;
}

beforeAll(async () => {
  platform = await startTestPlatform();
  smsc = await startSmppSink();
  const { companyId } = await seedCompany(platform);
  // 300 members who take marketing by text, as registration leaves them.
  await querySql(
    platform,
    `INSERT INTO members.members (id, company_id, state, phone, first_name, updated_at)
     SELECT gen_random_uuid(), $1, 'REGISTERED', '+1555' || lpad(n::text, 7, '0'), 'Member ' || n, now() FROM generate_series(1, $2::int) AS n`,
    [companyId, MEMBERS],
  );
  await querySql(
    platform,
    `INSERT INTO members.marketing_consents (member_id, channel, granted, changed_at, source)
     SELECT id, 'SMS', true, now(), 'REGISTRATION' FROM members.members WHERE company_id = $1`,
    [companyId],
  );
  // The company's SMSC, as configureProvider leaves it, and a mailing to every member with consent, as startMailing leaves it.
  await querySql(
    platform,
    `INSERT INTO communications.providers (id, company_id, channel, kind, name, settings, sealed_credentials, rate_per_second, updated_at)
     VALUES (gen_random_uuid(), $1, 'SMS', 'SMPP', 'SMSC', $2, $3, 200, now())`,
    [companyId, { host: '127.0.0.1', port: String(smsc.port), sender: 'DemoRetail' }, sealCode(JSON.stringify(SMPP_SINK_LOGIN), CREDENTIALS_KEY)],
  );
  mailingId = randomUUID();
  await querySql(
    platform,
    `INSERT INTO communications.mailings (id, company_id, name, channel, content, state, start_at, created_by, updated_at)
     VALUES ($1, $2, 'Kill test', 'SMS', $3, 'RUNNING', now(), $4, now())`,
    [mailingId, companyId, { subject: null, text: 'Hello {{firstName}}', html: null, imageUrl: null, button: null, socialTemplateId: null }, randomUUID()],
  );
}, 60_000);

afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await smsc?.close();
  await platform?.stop();
});

test('killed with -9 mid-mailing and started again: every member gets it, and only those in flight twice', async () => {
  const first = startCommunications();
  await eventually(() => (smsc.received.length >= MEMBERS / 3 ? true : undefined), 'a third of the mailing sent', { timeoutMs: 60_000 });
  first.kill('SIGKILL');
  await new Promise((resolve) => first.once('exit', resolve));
  expect(smsc.received.length).toBeLessThan(MEMBERS);

  startCommunications();
  const destinations = await eventually(
    () => {
      const distinct = new Set(smsc.received.map((sms) => sms.destination));
      return distinct.size === MEMBERS ? distinct : undefined;
    },
    'every member’s text at the SMSC',
    { timeoutMs: 60_000 },
  );
  expect(destinations.size).toBe(MEMBERS);
  expect(smsc.received.every((sms) => /^Hello Member \d+$/.test(sms.text))).toBe(true);
  expect(smsc.received.length - MEMBERS).toBeLessThanOrEqual(IN_FLIGHT);
  // One message per member, and the mailing finished once every one went.
  await eventually(async () => {
    const [row] = await querySql<{ state: string }>(platform, 'SELECT state FROM communications.mailings WHERE id = $1', [mailingId]);
    return row?.state === 'FINISHED' ? true : undefined;
  }, 'the mailing finished');
  const [counts] = await querySql<{ messages: number; sent: number }>(
    platform,
    `SELECT count(*)::int AS messages, count(*) FILTER (WHERE status IN ('SENT', 'DELIVERED'))::int AS sent FROM communications.messages WHERE mailing_id = $1`,
    [mailingId],
  );
  expect(counts).toEqual({ messages: MEMBERS, sent: MEMBERS });
}, 150_000);
