import { randomBytes, randomUUID } from 'node:crypto';
import { devInboxMessage } from '../support/dev-inbox';
import { eventually } from '../support/eventually';
import { usePlatformWithCompany } from '../support/fixture';
import { call, errorCodes, request } from '../support/graphql-client';
import { type PushSink, startApnsSink, startAzureSink, startFcmSink, startHmsSink } from '../support/push-sinks';
import { registerSignedInMember, type SeededCompany, seedCompany, waitForLedger } from '../support/seed';
import {
  AccrueBonusesDocument,
  ConfigureProviderDocument,
  IssueVirtualCardDocument,
  MessagesDocument,
  RegisterDeviceDocument,
  UnregisterDeviceDocument,
} from './__generated__/operations';

/**
 * Push notifications to members' app installations, through loopback servers shaped like FCM (HTTP
 * v1 with a service account), APNs (HTTP/2 with a token key), Huawei Push Kit and Azure
 * Notification Hubs, each checking the documented fields: messages that prefer push go to every
 * installation in use; a token its service no longer knows is retired and the member gets an SMS instead.
 */
const env = usePlatformWithCompany({ events: true, communications: true });
const sinks: PushSink[] = [];
const APNS_TEAM = { teamId: 'TEAM123456', keyId: 'KEY1234567', bundleId: 'com.demo-retail.app' };
const HMS_APP = { appId: '104829371', clientSecret: 'hms-app-secret-1' };
const AZURE_HUB = { hubName: 'loyalty-hub', sasKeyName: 'DefaultFullSharedAccessSignature', sasKey: randomBytes(32).toString('base64') };
let fcm: PushSink;
let apns: PushSink;
let hms: PushSink;
let azure: PushSink;

const fcmToken = () => `${randomBytes(11).toString('base64url')}:APA91b${randomBytes(100).toString('base64url')}`;
const apnsToken = () => randomBytes(32).toString('hex');
const hmsToken = () => `IQAAAACy0${randomBytes(60).toString('base64url')}`;

async function configure(company: SeededCompany, kind: string, settings: Record<string, string>, credentials: Record<string, string>) {
  const pairs = (values: Record<string, string>) => Object.entries(values).map(([key, value]) => ({ key, value }));
  const { configureProvider } = await request(
    env.platform.gatewayUrl,
    ConfigureProviderDocument,
    { input: { name: `${kind} ${randomUUID().slice(0, 6)}`, kind: kind as never, settings: pairs(settings), credentials: pairs(credentials) } },
    { token: company.adminToken },
  );
  expect(configureProvider.errors).toEqual([]);
}

beforeAll(async () => {
  const started = await Promise.all([startFcmSink('demo-retail'), startApnsSink(APNS_TEAM), startHmsSink(HMS_APP), startAzureSink(AZURE_HUB)]);
  const [fcmStarted, apnsStarted, hmsStarted, azureStarted] = started;
  [fcm, apns, hms, azure] = [fcmStarted.sink, apnsStarted.sink, hmsStarted.sink, azureStarted.sink];
  sinks.push(fcm, apns, hms, azure);
  await configure(env.company, 'FCM', { projectId: 'demo-retail', apiUrl: fcm.url }, { serviceAccount: fcmStarted.serviceAccount });
  await configure(env.company, 'APNS', { ...APNS_TEAM, url: apns.url }, { privateKey: apnsStarted.privateKey });
  await configure(env.company, 'HMS', { appId: HMS_APP.appId, authUrl: `${hms.url}/oauth2/v3/token`, apiUrl: hms.url }, { clientSecret: HMS_APP.clientSecret });
});
afterAll(() => Promise.all(sinks.map((sink) => sink.close())));
afterEach(() => {
  // Whatever a test did, nothing reached a push service in a way its documentation refuses.
  for (const sink of sinks) expect(sink.refused).toEqual([]);
});

const register = (token: string, service: 'FCM' | 'APNS' | 'HMS', memberToken: string) =>
  request(env.platform.gatewayUrl, RegisterDeviceDocument, { input: { service, token } }, { token: memberToken });

const pushesTo = (sink: PushSink, token: string) => eventually(() => sink.received.find((push) => push.token === token), `a push to ${token.slice(0, 12)}…`);

test('members register their app installations; a malformed token is refused, staff may not, and unregistering stops it', async () => {
  const { token: memberToken } = await registerSignedInMember(env.platform, env.company);
  const { registerDevice } = await register(fcmToken(), 'FCM', memberToken);
  expect(registerDevice.device).toMatchObject({ service: 'FCM' });
  for (const [service, bad] of [
    ['FCM', 'short'],
    ['APNS', 'not-hex-at-all-not-hex-at-all-not-hex-at-all-not-hex-at-all-0000'],
    ['HMS', 'has spaces in it and is long enough to pass the length check'],
  ] as const) {
    const refused = await register(bad, service, memberToken);
    expect(refused.registerDevice.errors.map((e) => [e.code, e.field])).toEqual([['INVALID_DEVICE_TOKEN', 'token']]);
  }
  expect(
    errorCodes(
      await call(env.platform.gatewayUrl, RegisterDeviceDocument, { input: { service: 'FCM', token: fcmToken() } }, { token: env.company.adminToken }),
    ),
  ).toEqual(['FORBIDDEN']);
  const apple = apnsToken().toUpperCase();
  expect((await register(apple, 'APNS', memberToken)).registerDevice.errors).toEqual([]);
  const { unregisterDevice } = await request(env.platform.gatewayUrl, UnregisterDeviceDocument, { input: { token: apple } }, { token: memberToken });
  expect(unregisterDevice.unregistered).toBe(true);
  const again = await request(env.platform.gatewayUrl, UnregisterDeviceDocument, { input: { token: apple } }, { token: memberToken });
  expect(again.unregisterDevice.errors.map((e) => e.code)).toEqual(['DEVICE_NOT_FOUND']);
});

test('an expiry warning goes by push to every installation, each through the provider of its service, and not by SMS', async () => {
  const { token: memberToken, member } = await registerSignedInMember(env.platform, env.company);
  const tokens = { FCM: fcmToken(), APNS: apnsToken(), HMS: hmsToken() };
  for (const [service, token] of Object.entries(tokens)) await register(token, service as keyof typeof tokens, memberToken);
  await waitForLedger(env.platform, member.id);
  const expiresAt = new Date(Date.now() + 3 * 86_400_000).toISOString();
  await request(env.platform.gatewayUrl, AccrueBonusesDocument, { input: { memberId: member.id, amount: '7', expiresAt } }, { token: env.company.adminToken });
  await env.platform.ledger.warnExpiringBonuses();
  for (const [sink, token] of [
    [fcm, tokens.FCM],
    [apns, tokens.APNS],
    [hms, tokens.HMS],
  ] as const) {
    const push = await pushesTo(sink, token);
    expect(push.title).toBe('Your bonus points expire soon');
    expect(push.body).toMatch(/^7\.00 \w+ bonus points expire on \d{4}-\d{2}-\d{2}\./);
  }
  const { messages } = await request(
    env.platform.gatewayUrl,
    MessagesDocument,
    { memberId: member.id, kind: 'BONUSES_EXPIRING' },
    { token: env.company.adminToken },
  );
  expect(messages.map((m) => m.channel).sort()).toEqual(['PUSH', 'PUSH', 'PUSH']);
});

test('a token its service no longer knows is retired, and the member gets the message by SMS instead', async () => {
  const { token: memberToken, member } = await registerSignedInMember(env.platform, env.company);
  const stale = fcmToken();
  fcm.gone.add(stale);
  await register(stale, 'FCM', memberToken);
  const { issueVirtualCard } = await request(env.platform.gatewayUrl, IssueVirtualCardDocument, { input: {} }, { token: memberToken });
  const number = issueVirtualCard.card?.number as string;
  const sms = await devInboxMessage(env.platform, env.company.adminToken, member.phone as string, number);
  expect(sms).toMatchObject({ channel: 'SMS', memberId: member.id });
  // (Recorded a moment after the inbox and the fallback are written.)
  const messages = await eventually(async () => {
    const read = await request(env.platform.gatewayUrl, MessagesDocument, { memberId: member.id, kind: 'CARD_ISSUED' }, { token: env.company.adminToken });
    return read.messages.some((m) => m.status === 'QUEUED') ? undefined : read.messages;
  }, 'the push and the SMS settled');
  expect(messages.map((m) => [m.channel, m.status]).sort()).toEqual([
    ['PUSH', 'FAILED'],
    ['SMS', 'SENT'],
  ]);
  expect(messages.find((m) => m.channel === 'PUSH')?.lastError).toContain('UNREGISTERED');
  // Retired: unregistering it finds nothing in use.
  const gone = await request(env.platform.gatewayUrl, UnregisterDeviceDocument, { input: { token: stale } }, { token: memberToken });
  expect(gone.unregisterDevice.errors.map((e) => e.code)).toEqual(['DEVICE_NOT_FOUND']);
});

test('Azure Notification Hubs carries FCM and APNs tokens, each in its format, signed with the hub’s key', async () => {
  const company = await seedCompany(env.platform);
  await configure(
    company,
    'AZURE_NOTIFICATION_HUBS',
    { endpoint: azure.url, hubName: AZURE_HUB.hubName },
    { sasKeyName: AZURE_HUB.sasKeyName, sasKey: AZURE_HUB.sasKey },
  );
  const { token: memberToken } = await registerSignedInMember(env.platform, company);
  const tokens = [fcmToken(), apnsToken()];
  await register(tokens[0] as string, 'FCM', memberToken);
  await register(tokens[1] as string, 'APNS', memberToken);
  await request(env.platform.gatewayUrl, IssueVirtualCardDocument, { input: {} }, { token: memberToken });
  const [android, iphone] = await Promise.all(tokens.map((token) => pushesTo(azure, token)));
  expect([android?.format, iphone?.format]).toEqual(['fcmv1', 'apple']);
  expect(iphone?.title).toBe('Your new card');
});
