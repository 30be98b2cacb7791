import { devInboxMessage } from '../support/dev-inbox';
import { eventually } from '../support/eventually';
import { usePlatformWithCompany } from '../support/fixture';
import { call, errorCodes, request } from '../support/graphql-client';
import { registerMember, waitForLedger } from '../support/seed';
import {
  AccrueBonusesDocument,
  AlertRecipientsDocument,
  ConfigureProviderDocument,
  CreateLimitDocument,
  MessagesDocument,
  SetAlertRecipientsDocument,
  StaffActionsDocument,
} from './__generated__/operations';

/**
 * Event messages beyond codes: a limit's alert reaches the security service's addresses, and bonuses
 * about to expire are announced to the member. Without a provider (outside production) they land in
 * the development inbox, where the test reads them as the recipients would.
 */
const env = usePlatformWithCompany({ events: true, communications: true });
const DAY = 86_400_000;

const inbox = (destination: string, saying: string) => devInboxMessage(env.platform, env.company.adminToken, destination, saying);

test('the security service sets where alerts go; bad addresses are refused and change nothing; others may not', async () => {
  const security = await env.company.operator('SECURITY');
  const set = async (emails: string[], token = security) =>
    (await request(env.platform.gatewayUrl, SetAlertRecipientsDocument, { input: { emails } }, { token })).setAlertRecipients;
  expect(await set(['Security@Example.test', 'fraud@example.test', 'security@example.test'])).toEqual({
    emails: ['security@example.test', 'fraud@example.test'],
    errors: [],
  });
  const refused = await set(['ok@example.test', 'not an address']);
  expect(refused.errors.map((e) => [e.code, e.field])).toEqual([['INVALID_DESTINATION', 'emails.1']]);
  const { alertRecipients } = await request(env.platform.gatewayUrl, AlertRecipientsDocument, {}, { token: security });
  expect(alertRecipients).toEqual(['security@example.test', 'fraud@example.test']);
  for (const role of ['MARKETER', 'OPERATOR'] as const) {
    const token = await env.company.operator(role);
    expect(errorCodes(await call(env.platform.gatewayUrl, AlertRecipientsDocument, {}, { token }))).toEqual(['FORBIDDEN']);
  }
});

test('replacements at once leave one whole list', async () => {
  const lists = Array.from({ length: 8 }, (_, i) => [`a${i}@example.test`, `b${i}@example.test`, 'shared@example.test']);
  const answers = await Promise.all(
    lists.map(
      async (emails) =>
        (await request(env.platform.gatewayUrl, SetAlertRecipientsDocument, { input: { emails } }, { token: env.company.adminToken })).setAlertRecipients,
    ),
  );
  expect(answers.every((answer) => answer.errors.length === 0)).toBe(true);
  const { alertRecipients } = await request(env.platform.gatewayUrl, AlertRecipientsDocument, {}, { token: env.company.adminToken });
  expect(lists).toContainEqual(alertRecipients);
});

test('a limit that refuses an accrual alerts every configured address', async () => {
  const security = await env.company.operator('SECURITY');
  await request(env.platform.gatewayUrl, SetAlertRecipientsDocument, { input: { emails: ['alerts@example.test', 'duty@example.test'] } }, { token: security });
  const name = `Big hand accruals ${Date.now()}`;
  const { createLimit } = await request(
    env.platform.gatewayUrl,
    CreateLimitDocument,
    { input: { name, metric: 'CARD_ACCRUED', period: 'DAY', refuseAbove: '5' } },
    { token: security },
  );
  expect(createLimit.errors).toEqual([]);
  const { member } = await registerMember(env.platform, env.company.adminToken);
  await waitForLedger(env.platform, member.id);
  const { accrueBonuses } = await request(
    env.platform.gatewayUrl,
    AccrueBonusesDocument,
    { input: { memberId: member.id, amount: '10' } },
    { token: env.company.adminToken },
  );
  expect(accrueBonuses.errors.map((e) => e.code)).toEqual(['LIMIT_EXCEEDED']);
  for (const address of ['alerts@example.test', 'duty@example.test']) {
    const alert = await inbox(address, name);
    expect(alert).toMatchObject({ channel: 'EMAIL', subject: `Limit alert: ${name}`, memberId: null });
    expect(alert.text).toContain('refused an operation');
    expect(alert.text).toContain(member.id);
  }

  // Where the alerts went, as the security service reads it: its alerts only, each sent.
  // (The inbox is written a moment before the message is recorded as sent.)
  const messages = await eventually(async () => {
    const read = await request(env.platform.gatewayUrl, MessagesDocument, { first: 200 }, { token: security });
    const ours = read.messages.filter((m) => m.destination === 'alerts@example.test' || m.destination === 'duty@example.test').slice(0, 2);
    return ours.every((m) => m.status === 'SENT') ? read.messages : undefined;
  }, 'both alerts recorded as sent');
  expect(new Set(messages.map((m) => m.kind))).toEqual(new Set(['LIMIT_ALERT']));
  const sent = messages.filter((m) => m.destination === 'alerts@example.test' || m.destination === 'duty@example.test').slice(0, 2);
  expect(sent.map((m) => [m.channel, m.status, m.memberId])).toEqual([
    ['EMAIL', 'SENT', null],
    ['EMAIL', 'SENT', null],
  ]);
  // Someone registering with the alert address does not make the alerts theirs (nor erase them when they leave).
  const squatter = await registerMember(env.platform, env.company.adminToken, { email: 'duty@example.test', password: null });
  await inbox(squatter.member.phone as string, 'Welcome');
  const theirs = await request(env.platform.gatewayUrl, MessagesDocument, { memberId: squatter.member.id }, { token: env.company.adminToken });
  expect(theirs.messages.map((m) => m.kind)).not.toContain('LIMIT_ALERT');
  // An id that names no member finds nothing (rather than failing).
  expect((await request(env.platform.gatewayUrl, MessagesDocument, { memberId: 'not-an-id' }, { token: security })).messages).toEqual([]);
  // Support sees the member's messages, a code's destination masked once it went out.
  const operator = await env.company.operator('OPERATOR');
  const forMember = await request(env.platform.gatewayUrl, MessagesDocument, { memberId: member.id }, { token: operator });
  expect(forMember.messages.map((m) => m.kind)).toContain('WELCOME');
  expect(errorCodes(await call(env.platform.gatewayUrl, MessagesDocument, {}, { token: await env.company.operator('MARKETER') }))).toEqual(['FORBIDDEN']);
});

test('bonuses about to expire are announced to the member by SMS', async () => {
  const { member } = await registerMember(env.platform, env.company.adminToken);
  await waitForLedger(env.platform, member.id);
  const expiresAt = new Date(Date.now() + 3 * DAY).toISOString();
  await request(env.platform.gatewayUrl, AccrueBonusesDocument, { input: { memberId: member.id, amount: '4', expiresAt } }, { token: env.company.adminToken });
  await env.platform.ledger.warnExpiringBonuses();
  const warning = await inbox(member.phone as string, 'expire on');
  expect(warning).toMatchObject({ channel: 'SMS', memberId: member.id });
  expect(warning.text).toMatch(/^4\.00 \w+ bonus points expire on \d{4}-\d{2}-\d{2}\./);
});

test('configuring a provider and redirecting alerts are staff actions in the one trail', async () => {
  const security = await env.company.operator('SECURITY');
  await request(env.platform.gatewayUrl, SetAlertRecipientsDocument, { input: { emails: ['trail@example.test'] } }, { token: security });
  const settings = [
    { key: 'host', value: 'mail.example.test' },
    { key: 'sender', value: 'no-reply@example.test' },
  ];
  const { configureProvider } = await request(
    env.platform.gatewayUrl,
    ConfigureProviderDocument,
    { input: { name: `Trail ${Date.now()}`, kind: 'SMTP', settings } },
    { token: env.company.adminToken },
  );
  expect(configureProvider.errors).toEqual([]);
  const byOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1] as string, 'base64url').toString('utf8')).sub as string;
  // Earlier tests changed the list too, so each action is looked for among its own operator's.
  const actionsOf = async (token: string, action: string) =>
    eventually(async () => {
      const { staffActions } = await request(
        env.platform.gatewayUrl,
        StaffActionsDocument,
        { filter: { operatorId: byOf(token) }, first: 50 },
        { token: security },
      );
      const found = staffActions.edges.map((e) => e.node).filter((a) => a.action === action);
      return found.length > 0 ? found : undefined;
    }, `${action} in the staff trail`);
  // This security operator is new to the test: its only action is the one above.
  expect((await actionsOf(security, 'alert_recipients.changed')).map((a) => a.operatorId)).toEqual([byOf(security)]);
  expect((await actionsOf(env.company.adminToken, 'provider.configured')).map((a) => a.operatorId)).toEqual([byOf(env.company.adminToken)]);
});
