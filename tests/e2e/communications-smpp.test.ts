import { randomUUID } from 'node:crypto';
import { eventually } from '../support/eventually';
import { usePlatformWithCompany } from '../support/fixture';
import { request } from '../support/graphql-client';
import { memberInput, querySql, uniquePhone } from '../support/seed';
import { SMPP_SINK_LOGIN, type SmppSink, startSmppSink } from '../support/smpp-sink';
import { ConfigureProviderDocument, RegisterMemberDocument, RequestMemberCodeDocument, SendTestMessageDocument } from './__generated__/operations';

/**
 * SMS over SMPP, against a real SMPP server on loopback: codes reach the phone, long texts arrive
 * whole in GSM-7 or UCS-2, delivery receipts mark messages delivered or failed, a throttling SMSC is
 * tried again and a lost link is bound again.
 */
const env = usePlatformWithCompany({ events: true, communications: true });
let smsc: SmppSink;
let providerId: string;
const admin = () => ({ token: env.company.adminToken });
const codeIn = (text: string) => text.match(/\b(\d{6})\b/)?.[1] as string;

async function configureSmpp(
  overrides: { settings?: Array<{ key: string; value: string }>; credentials?: Array<{ key: string; value: string }>; ratePerSecond?: number } = {},
) {
  return (
    await request(
      env.platform.gatewayUrl,
      ConfigureProviderDocument,
      {
        input: {
          name: `SMSC ${randomUUID().slice(0, 6)}`,
          kind: 'SMPP',
          settings: overrides.settings ?? [
            { key: 'host', value: '127.0.0.1' },
            { key: 'port', value: String(smsc.port) },
            { key: 'sender', value: 'DemoRetail' },
          ],
          credentials: overrides.credentials ?? [
            { key: 'systemId', value: SMPP_SINK_LOGIN.systemId },
            { key: 'password', value: SMPP_SINK_LOGIN.password },
          ],
          ratePerSecond: overrides.ratePerSecond,
        },
      },
      admin(),
    )
  ).configureProvider;
}

beforeAll(async () => {
  smsc = await startSmppSink();
  const configured = await configureSmpp();
  expect(configured.errors).toEqual([]);
  providerId = configured.provider?.id as string;
});
afterAll(() => smsc?.close());

/** The newest message to a phone, from the platform's side. */
async function messageTo(kind: string, memberId: string | null, destinationLike: string) {
  const [row] = await querySql<{ status: string; attempts: number; last_error: string | null; provider_message_ids: string[] }>(
    env.platform,
    `SELECT status, attempts, last_error, provider_message_ids FROM communications.messages
      WHERE kind = $1 AND ($2::uuid IS NULL OR member_id = $2) AND destination LIKE $3 ORDER BY created_at DESC LIMIT 1`,
    [kind, memberId, destinationLike],
  );
  return row;
}

function until<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  return eventually(async () => {
    const value = await read();
    return done(value) ? value : undefined;
  }, 'the message reaching the awaited state');
}

const masked = (phone: string) => `${phone.slice(0, 3)}%${phone.slice(-4)}`;

test('a person self-registers with the code read from the SMPP server; the receipt marks the message delivered', async () => {
  const phone = uniquePhone();
  const companyId = env.company.companyId;
  await request(env.platform.gatewayUrl, RequestMemberCodeDocument, { input: { phone, companyId } });
  const sms = await smsc.waitFor(phone);
  expect(sms).toMatchObject({ sender: 'DemoRetail', encoding: 'GSM7', parts: 1 });
  const received = smsc.received.length;
  const { registerMember } = await request(env.platform.gatewayUrl, RegisterMemberDocument, {
    input: { ...memberInput({ channel: 'MOBILE_APP', phone, companyId }), verificationCode: codeIn(sms.text) },
  });
  expect(registerMember.errors).toEqual([]);
  // The welcome follows (waited for here, so no later test's SMSC state meets it).
  expect((await smsc.waitFor(phone, received)).text).toContain('Welcome to');
  // A code sent before the member existed names no member.
  const delivered = await until(
    () => messageTo('verification.code_requested', null, masked(phone)),
    (row) => row?.status === 'DELIVERED',
  );
  expect(delivered?.provider_message_ids).toEqual(sms.messageIds);
});

test('long texts arrive whole: UCS-2 in parts of 67, GSM-7 with its extension characters in parts of 153', async () => {
  const send = async (destination: string, text: string) =>
    (await request(env.platform.gatewayUrl, SendTestMessageDocument, { input: { providerId, destination, text } }, admin())).sendTestMessage;
  const cyrillic = `Здравствуйте! ${'Ваши бонусы ждут вас. '.repeat(5)}`.trim();
  const phone = uniquePhone();
  const sent = await send(phone, cyrillic);
  expect(sent.errors).toEqual([]);
  const sms = await smsc.waitFor(phone);
  expect(sms).toMatchObject({ text: cyrillic, encoding: 'UCS2', parts: 2 });
  expect(sent.sent?.providerMessageIds).toEqual(sms.messageIds);

  const latin = `Save 5 € on [shoes] {today} ${'and more '.repeat(18)}`.trim();
  const other = uniquePhone();
  await send(other, latin);
  expect(await smsc.waitFor(other)).toMatchObject({ text: latin, encoding: 'GSM7', parts: 2 });
});

test('a throttling SMSC is tried again; a receipt that says undeliverable fails the message with its status', async () => {
  const phone = uniquePhone();
  smsc.throttle = 1;
  await request(env.platform.gatewayUrl, RequestMemberCodeDocument, { input: { phone, companyId: env.company.companyId } });
  const waiting = await until(
    () => messageTo('verification.code_requested', null, phone),
    (row) => row?.attempts === 1 && row.last_error !== null,
  );
  expect(waiting).toMatchObject({ status: 'QUEUED', last_error: expect.stringContaining('0x0058') });
  env.platform.clock.advance(5_000);
  await env.platform.communications?.deliverDue();
  expect(codeIn((await smsc.waitFor(phone)).text)).toMatch(/^\d{6}$/);

  smsc.receiptStatus = 'UNDELIV';
  try {
    const unreachable = uniquePhone();
    env.platform.clock.advance(60_000);
    await request(env.platform.gatewayUrl, RequestMemberCodeDocument, { input: { phone: unreachable, companyId: env.company.companyId } });
    const failed = await until(
      () => messageTo('verification.code_requested', null, masked(unreachable)),
      (row) => row?.status === 'FAILED',
    );
    expect(failed?.last_error).toBe('The provider reported UNDELIV');
  } finally {
    smsc.receiptStatus = 'DELIVRD';
  }
});

test('a lost link is bound again, and the message waiting for it goes out', async () => {
  const bindsBefore = smsc.binds;
  smsc.dropLinks();
  const phone = uniquePhone();
  await request(env.platform.gatewayUrl, RequestMemberCodeDocument, { input: { phone, companyId: env.company.companyId } });
  // Delivery retries on its own clock; the provider binds again after its backoff (a second at first).
  const sms = await eventually(
    async () => {
      const received = smsc.received.find((message) => message.destination === phone);
      if (received) return received;
      env.platform.clock.advance(5_000);
      await env.platform.communications?.deliverDue();
      return undefined;
    },
    `an SMS to ${phone} after the link was bound again`,
    { intervalMs: 200 },
  );
  expect(codeIn(sms.text)).toMatch(/^\d{6}$/);
  expect(smsc.binds).toBeGreaterThan(bindsBefore);
});

test('settings the SMSC cannot take are refused field by field', async () => {
  const refused = await configureSmpp({
    settings: [
      { key: 'host', value: '127.0.0.1' },
      { key: 'sender', value: 'A sender far too long' },
    ],
    credentials: [
      { key: 'systemId', value: 'loyalty' },
      { key: 'password', value: 'longer-than-eight' },
    ],
  });
  expect(refused.errors.map((e) => e.field).sort()).toEqual(['credentials.password', 'settings.sender']);
});

// Last: the provider it configures carries the company's texts from then on.
test('a provider’s rate is kept: eight texts at 4 a second are spread over 1.75 seconds', async () => {
  const slow = await configureSmpp({ ratePerSecond: 4 });
  expect(slow.errors).toEqual([]);
  const phones = Array.from({ length: 8 }, () => uniquePhone());
  await Promise.all(
    phones.map((destination) =>
      request(env.platform.gatewayUrl, SendTestMessageDocument, { input: { providerId: slow.provider?.id as string, destination } }, admin()),
    ),
  );
  const arrivals = (await Promise.all(phones.map((phone) => smsc.waitFor(phone)))).map((sms) => sms.at).sort((a, b) => a - b);
  // Slots are 250 ms apart, 1.75 s from the first to the eighth: never faster, however fast the
  // machine (unpaced, the eight arrive within milliseconds); the margin is for the first send's own delay.
  expect((arrivals.at(-1) as number) - (arrivals[0] as number)).toBeGreaterThanOrEqual(1500);
});
