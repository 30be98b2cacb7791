import { randomUUID } from 'node:crypto';
import { callBack, devinoSmsProvider, startDevinoSink } from '../support/devino-sink';
import { eventually } from '../support/eventually';
import { usePlatformWithCompany } from '../support/fixture';
import { request } from '../support/graphql-client';
import { querySql, uniquePhone } from '../support/seed';
import {
  ConfigureProviderDocument,
  RequestMemberCodeDocument,
  SendTestMessageDocument,
  type SendTestMessageMutationVariables,
} from './__generated__/operations';

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
    { input: devinoSmsProvider(devino, API_KEY) },
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

test('statuses Devino calls back reach the message: delivered, or failed with the reason; a forged callback URL changes nothing', async () => {
  const sentCode = async () => {
    const phone = uniquePhone();
    await request(env.platform.gatewayUrl, RequestMemberCodeDocument, { input: { phone, companyId: env.company.companyId } });
    const sms = await eventually(() => devino.received.find((m) => m.to === phone.slice(1)), 'the code at Devino');
    await eventually(async () => ((await codeMessage(phone))?.status === 'SENT' ? true : undefined), 'the message recorded as sent');
    return { phone, sms };
  };
  const delivered = await sentCode();
  // The message names the gateway's public callback route, this provider and a token.
  expect(delivered.sms.callbackUrl).toMatch(new RegExp(`^${new URL(env.platform.gatewayUrl).origin}/provider-callbacks/${providerId}/[\\w-]{43}$`));
  expect(await callBack(delivered.sms, 'SENT')).toBe(200);
  expect((await codeMessage(delivered.phone))?.status).toBe('SENT');
  expect(await callBack(delivered.sms, 'DELIVERED')).toBe(200);
  expect(await codeMessage(delivered.phone)).toMatchObject({ status: 'DELIVERED', last_error: null });
  // A final status stays: a later failure report changes nothing.
  expect(await callBack(delivered.sms, 'UNDELIVERED')).toBe(200);
  expect(await codeMessage(delivered.phone)).toMatchObject({ status: 'DELIVERED', last_error: null });

  const failed = await sentCode();
  const url = failed.sms.callbackUrl as string;
  const forged = [url.replace(/[\w-]{43}$/, 'A'.repeat(43)), url.replace(providerId, randomUUID()), url.replace(/\/[\w-]{43}$/, ''), `${url}/more`];
  for (const wrong of forged) expect(await callBack(failed.sms, 'DELIVERED', {}, wrong)).toBe(404);
  expect((await codeMessage(failed.phone))?.status).toBe('SENT');
  expect(await callBack(failed.sms, 'UNDELIVERED', { reason: 'ABSENT_SUBSCRIBER' })).toBe(200);
  expect(await codeMessage(failed.phone)).toMatchObject({ status: 'FAILED', last_error: expect.stringContaining('UNDELIVERED (ABSENT_SUBSCRIBER)') });

  // A batch bigger than a status change is refused whole; a body that is not JSON records nothing.
  const batch = Array.from({ length: 101 }, () => ({ messageId: delivered.sms.assignedId, status: 'DELIVERED' }));
  const post = (body: string) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  expect((await post(JSON.stringify(batch))).status).toBe(400);
  const junk = await post(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
  expect([junk.status, await junk.json()]).toEqual([200, { received: 0 }]);
});

/** Configures one more Devino provider of a kind; answers its id. */
async function configureDevino(kind: 'DEVINO_VIBER' | 'DEVINO_SOCIAL', settings: Array<{ key: string; value: string }>) {
  const { configureProvider } = await request(
    env.platform.gatewayUrl,
    ConfigureProviderDocument,
    {
      input: {
        name: `Devino ${kind} ${randomUUID().slice(0, 6)}`,
        kind,
        settings: [...settings, { key: 'apiUrl', value: devino.url }],
        credentials: [{ key: 'apiKey', value: API_KEY }],
      },
    },
    { token: env.company.adminToken },
  );
  expect(configureProvider.errors).toEqual([]);
  return configureProvider.provider?.id as string;
}

const sendTest = async (input: SendTestMessageMutationVariables['input']) =>
  (await request(env.platform.gatewayUrl, SendTestMessageDocument, { input }, { token: env.company.adminToken })).sendTestMessage;

test('Viber: the combinations Viber shows go out with their fields; the others are refused before the provider', async () => {
  const viber = await configureDevino('DEVINO_VIBER', [{ key: 'sender', value: 'DemoRetail' }]);
  const phone = uniquePhone();
  const button = { caption: 'See the offer', url: 'https://shop.example/offer' };
  const imageUrl = 'https://shop.example/banner.png';
  for (const input of [
    { text: 'Only words' },
    { text: 'Words and a button', button },
    { text: 'All three', imageUrl, button },
    { text: '', imageUrl, button },
  ]) {
    const sent = await sendTest({ providerId: viber, destination: phone, ...input });
    expect(sent.errors).toEqual([]);
    expect(sent.sent?.providerMessageIds).toHaveLength(1);
  }
  const ours = devino.viber.filter((m) => m.to === phone.slice(1));
  expect(ours.map((m) => [m.text ?? null, m.image ?? null, m.caption ?? null, m.action ?? null])).toEqual([
    ['Only words', null, null, null],
    ['Words and a button', null, button.caption, button.url],
    ['All three', imageUrl, button.caption, button.url],
    [null, imageUrl, button.caption, button.url],
  ]);
  expect(ours.every((m) => m.from === 'DemoRetail' && m.validity === 86_400 && typeof m.options.messageId === 'string')).toBe(true);
  expect(ours.every((m) => m.callbackUrl?.includes(`/provider-callbacks/${viber}/`))).toBe(true);

  const before = devino.viber.length;
  const refused = [
    await sendTest({ providerId: viber, destination: phone, text: 'An image alone needs a button', imageUrl }),
    await sendTest({ providerId: viber, destination: phone, text: 'Hi', button: { caption: 'x'.repeat(31), url: button.url } }),
    await sendTest({ providerId: viber, destination: phone, text: 'Hi', button: { caption: 'Go', url: 'javascript:alert(1)' } }),
    await sendTest({ providerId: viber, destination: 'not a phone' }),
  ];
  expect(refused.map((r) => r.errors.map((e) => [e.code, e.field]))).toEqual([
    [['INVALID_INPUT', 'button']],
    [['INVALID_INPUT', 'button']],
    [['INVALID_INPUT', 'button']],
    [['INVALID_DESTINATION', 'destination']],
  ]);
  expect(devino.viber).toHaveLength(before);
  // A button is Viber's alone.
  const sms = await sendTest({ providerId, destination: phone, text: 'Hi', button });
  expect(sms.errors.map((e) => [e.code, e.field])).toEqual([['INVALID_INPUT', 'button']]);
});

test('social networks: the text goes into the moderated template, over the routes configured', async () => {
  const social = await configureDevino('DEVINO_SOCIAL', [
    { key: 'templateId', value: '4711' },
    { key: 'textVariable', value: 'body' },
    { key: 'routes', value: 'VK,OK' },
  ]);
  const phone = uniquePhone();
  const sent = await sendTest({ providerId: social, destination: phone, text: 'Your points are waiting' });
  expect(sent.errors).toEqual([]);
  const message = devino.social.find((m) => m.to === phone.slice(1));
  expect(message).toMatchObject({ templateId: 4711, templateData: { body: 'Your points are waiting' }, routes: ['VK', 'OK'], deliveryPolicy: 'ANY' });
  expect(typeof message?.callbackData.messageId).toBe('string');
  expect(message?.callbackUrl).toContain(`/provider-callbacks/${social}/`);
  // A route the networks do not have is refused when configured, naming the setting.
  const { configureProvider } = await request(
    env.platform.gatewayUrl,
    ConfigureProviderDocument,
    {
      input: {
        name: 'Bad routes',
        kind: 'DEVINO_SOCIAL',
        settings: [
          { key: 'templateId', value: '1' },
          { key: 'routes', value: 'FACEBOOK' },
        ],
        credentials: [{ key: 'apiKey', value: API_KEY }],
      },
    },
    { token: env.company.adminToken },
  );
  expect(configureProvider.errors.map((e) => [e.code, e.field])).toEqual([['INVALID_INPUT', 'settings.routes']]);
});
