import { randomUUID } from 'node:crypto';
import { startDevinoSink } from '../support/devino-sink';
import { eventually } from '../support/eventually';
import { usePlatformWithCompany } from '../support/fixture';
import { request } from '../support/graphql-client';
import { querySql, uniquePhone } from '../support/seed';
import { ConfigureProviderDocument, RequestMemberCodeDocument, SendTestMessageDocument } from './__generated__/operations';

/**
 * SMS over an HTTP provider's API: Devino Telecom's, against a loopback server that checks the
 * documented fields. Codes go at the transactional priority with the platform's message id; a
 * number the provider rejects fails the message with its reason; a 5xx is tried again.
 */
const env = usePlatformWithCompany({ events: true, communications: true });
const API_KEY = `devino-${randomUUID()}`;
let devino: Awaited<ReturnType<typeof startDevinoSink>>;
let providerId: string;

beforeAll(async () => {
  devino = await startDevinoSink(API_KEY);
  const { configureProvider } = await request(
    env.platform.gatewayUrl,
    ConfigureProviderDocument,
    {
      input: {
        name: 'Devino',
        kind: 'DEVINO_SMS',
        settings: [
          { key: 'sender', value: 'DemoRetail' },
          { key: 'apiUrl', value: devino.url },
        ],
        credentials: [{ key: 'apiKey', value: API_KEY }],
      },
    },
    { token: env.company.adminToken },
  );
  expect(configureProvider.errors).toEqual([]);
  providerId = configureProvider.provider?.id as string;
});
afterAll(() => devino?.close());
afterEach(() => expect(devino.refused).toEqual([]));

const codeMessage = async (phone: string) =>
  (
    await querySql<{ id: string; status: string; last_error: string | null; provider_message_ids: string[]; attempts: number }>(
      env.platform,
      "SELECT id, status, last_error, provider_message_ids, attempts FROM communications.messages WHERE kind = 'verification.code_requested' AND destination LIKE $1 ORDER BY created_at DESC LIMIT 1",
      [`${phone.slice(0, 3)}%${phone.slice(-4)}`],
    )
  )[0];

test('a code goes at the transactional priority, with the platform’s message id, and the provider’s id is kept', async () => {
  const phone = uniquePhone();
  await request(env.platform.gatewayUrl, RequestMemberCodeDocument, { input: { phone, companyId: env.company.companyId } });
  const sms = await eventually(() => devino.received.find((m) => m.to === phone.slice(1)), 'the code at Devino');
  expect(sms).toMatchObject({ from: 'DemoRetail', priority: 'REALTIME' });
  expect(sms.text).toMatch(/^\d{6} is your registration code/);
  const sent = await eventually(async () => {
    const row = await codeMessage(phone);
    return row?.status === 'SENT' ? row : undefined;
  }, 'the message recorded as sent');
  expect(sms.options.messageId).toBe(sent.id);
  expect(sent.provider_message_ids).toHaveLength(1);
});

test('a number the provider rejects fails the message with its reason; a 503 is tried again', async () => {
  const rejected = uniquePhone();
  devino.rejected.add(rejected.slice(1));
  const { sendTestMessage } = await request(
    env.platform.gatewayUrl,
    SendTestMessageDocument,
    { input: { providerId, destination: rejected } },
    { token: env.company.adminToken },
  );
  expect(sendTestMessage.errors.map((e) => e.code)).toEqual(['PROVIDER_FAILED']);
  expect(sendTestMessage.errors[0]?.message).toContain('BLACKLISTED_PHONE_NUMBER (to)');

  devino.failNext = 1;
  const phone = uniquePhone();
  await request(env.platform.gatewayUrl, RequestMemberCodeDocument, { input: { phone, companyId: env.company.companyId } });
  const waiting = await eventually(async () => {
    const row = await codeMessage(phone);
    return row?.last_error ? row : undefined;
  }, 'the first attempt refused');
  expect(waiting).toMatchObject({ status: 'QUEUED', last_error: expect.stringContaining('503') });
  env.platform.clock.advance(5_000);
  await env.platform.communications?.deliverDue();
  await eventually(() => devino.received.find((m) => m.to === phone.slice(1)), 'the code at Devino after the retry');
});
