import { randomUUID } from 'node:crypto';
import { eventually } from '../support/eventually';
import { usePlatformWithCompany } from '../support/fixture';
import { request } from '../support/graphql-client';
import { uniquePhone } from '../support/seed';
import { startSmsTrafficSink, startStreamTelecomSink } from '../support/sms-gateway-sinks';
import { ConfigureProviderDocument, MessagesDocument, RequestMemberCodeDocument, SendTestMessageDocument } from './__generated__/operations';

/**
 * SMS over two more gateways' HTTP APIs, SMS Traffic's and Stream Telecom's, against loopback
 * servers that check the documented fields. Neither calls back: the platform asks for each sent
 * message's status until the gateway gives a final one, and records it. The newest configured SMS
 * provider carries the codes, so each test configures its gateway first.
 */
const env = usePlatformWithCompany({ events: true, communications: true });
const LOGIN = `shop-${randomUUID().slice(0, 8)}`;
const PASSWORD = randomUUID();
let smsTraffic: Awaited<ReturnType<typeof startSmsTrafficSink>>;
let streamTelecom: Awaited<ReturnType<typeof startStreamTelecomSink>>;

beforeAll(async () => {
  smsTraffic = await startSmsTrafficSink(LOGIN, PASSWORD);
  streamTelecom = await startStreamTelecomSink(LOGIN, PASSWORD);
});
afterAll(async () => {
  await smsTraffic?.close();
  await streamTelecom?.close();
});
afterEach(() => {
  expect(smsTraffic.refused).toEqual([]);
  expect(streamTelecom.refused).toEqual([]);
});

async function configure(kind: 'SMSTRAFFIC_SMS' | 'STREAM_TELECOM_SMS', apiUrl: string, password: string = PASSWORD) {
  const { configureProvider } = await request(
    env.platform.gatewayUrl,
    ConfigureProviderDocument,
    {
      input: {
        name: `${kind} ${randomUUID().slice(0, 6)}`,
        kind,
        settings: [
          { key: 'sender', value: 'DemoRetail' },
          { key: 'apiUrl', value: apiUrl },
          // Asked every second here; a minute by default.
          { key: 'statusPollSeconds', value: '1' },
        ],
        credentials: [
          { key: 'login', value: LOGIN },
          { key: 'password', value: password },
        ],
      },
    },
    { token: env.company.adminToken },
  );
  expect(configureProvider.errors).toEqual([]);
  return configureProvider.provider?.id as string;
}

const requestCode = (phone: string) => request(env.platform.gatewayUrl, RequestMemberCodeDocument, { input: { phone, companyId: env.company.companyId } });

/** The code's message to a phone, as the admin reads it, once `ready` holds. */
const codeMessage = (phone: string, ready: (status: string) => boolean) =>
  eventually(async () => {
    const { messages } = await request(env.platform.gatewayUrl, MessagesDocument, { kind: 'VERIFICATION_CODE', first: 50 }, { token: env.company.adminToken });
    const message = messages.find((m) => m.destination.startsWith(phone.slice(0, 3)) && m.destination.endsWith(phone.slice(-4)));
    return message && ready(message.status) ? message : undefined;
  }, `the code's message to ${phone}`);

test('SMS Traffic: a code goes with the documented fields; its status is asked until the gateway says delivered', async () => {
  await configure('SMSTRAFFIC_SMS', smsTraffic.url);
  const phone = uniquePhone();
  await requestCode(phone);
  const sms = await eventually(() => smsTraffic.received.find((m) => m.phones === phone.slice(1)), 'the code at SMS Traffic');
  expect(sms).toMatchObject({ originator: 'DemoRetail', rus: '0', maxParts: '1' });
  expect(sms.message).toMatch(/^\d{6} is your registration code/);
  await codeMessage(phone, (status) => status === 'SENT');
  const asked = smsTraffic.statusQuestions;
  await eventually(() => smsTraffic.statusQuestions > asked || undefined, 'a status question');
  smsTraffic.statuses.set(sms.id, 'Delivered');
  await codeMessage(phone, (status) => status === 'DELIVERED');
});

test('SMS Traffic: a Cyrillic text goes as Unicode in as many parts as it takes; a number it could not reach fails with its reason', async () => {
  const providerId = await configure('SMSTRAFFIC_SMS', smsTraffic.url);
  const phone = uniquePhone();
  const text = 'Ваши бонусы ждут вас. '.repeat(4);
  const { sendTestMessage } = await request(
    env.platform.gatewayUrl,
    SendTestMessageDocument,
    { input: { providerId, destination: phone, text } },
    { token: env.company.adminToken },
  );
  expect(sendTestMessage.errors).toEqual([]);
  expect(smsTraffic.received.find((m) => m.phones === phone.slice(1))).toMatchObject({ rus: '5', maxParts: '2', message: text.trim() });

  const unreachable = uniquePhone();
  await requestCode(unreachable);
  const sms = await eventually(() => smsTraffic.received.find((m) => m.phones === unreachable.slice(1)), 'the code at SMS Traffic');
  smsTraffic.statuses.set(sms.id, 'Non Delivered');
  const failed = await codeMessage(unreachable, (status) => status === 'FAILED');
  expect(failed.lastError).toContain('Non Delivered: Subscriber absent');
});

test('SMS Traffic: wrong credentials are a final refusal that a test message shows', async () => {
  const providerId = await configure('SMSTRAFFIC_SMS', smsTraffic.url, 'not-the-password');
  const { sendTestMessage } = await request(
    env.platform.gatewayUrl,
    SendTestMessageDocument,
    { input: { providerId, destination: uniquePhone() } },
    { token: env.company.adminToken },
  );
  expect(sendTestMessage.errors.map((e) => e.code)).toEqual(['PROVIDER_FAILED']);
  expect(sendTestMessage.errors[0]?.message).toContain('ERROR: 401 Wrong login or password');
});

test('Stream Telecom: a code goes with the documented fields, a 503 is tried again, and its status comes from asking', async () => {
  await configure('STREAM_TELECOM_SMS', streamTelecom.url);
  const phone = uniquePhone();
  streamTelecom.failNext = 1;
  await requestCode(phone);
  const waiting = await codeMessage(phone, (status) => status === 'QUEUED');
  await eventually(async () => {
    const [again] = (
      await request(env.platform.gatewayUrl, MessagesDocument, { kind: 'VERIFICATION_CODE', first: 50 }, { token: env.company.adminToken })
    ).messages.filter((m) => m.id === waiting.id);
    return again?.lastError?.includes('503') || undefined;
  }, 'the first attempt refused with a 503');
  env.platform.clock.advance(5_000);
  await env.platform.communications?.deliverDue();
  const sms = await eventually(() => streamTelecom.received.find((m) => m.dadr === phone.slice(1)), 'the code at Stream Telecom after the retry');
  expect(sms.sadr).toBe('DemoRetail');
  expect(sms.text).toMatch(/^\d{6} is your registration code/);
  streamTelecom.statuses.set(sms.id, 'deliver');
  await codeMessage(phone, (status) => status === 'DELIVERED');

  const gone = uniquePhone();
  await requestCode(gone);
  const lost = await eventually(() => streamTelecom.received.find((m) => m.dadr === gone.slice(1)), 'the second code');
  streamTelecom.statuses.set(lost.id, 'expired');
  expect((await codeMessage(gone, (status) => status === 'FAILED')).lastError).toContain('expired');
});
