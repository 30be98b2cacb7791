import { randomUUID } from 'node:crypto';
import { eventually } from '../support/eventually';
import { usePlatformWithCompany } from '../support/fixture';
import { call, errorCodes, request } from '../support/graphql-client';
import { pushEvents } from '../support/ledger-events';
import { querySql, registerMember, seedTerminal, uniquePhone, waitForLedger, waitForLedgerCard } from '../support/seed';
import { SMPP_SINK_LOGIN, type SmppSink, startSmppSink } from '../support/smpp-sink';
import { SMTP_SINK_LOGIN, type SmtpSink, startSmtpSink } from '../support/smtp-sink';
import { buyAtTill } from '../support/till';
import {
  AccrueBonusesDocument,
  ConfigureProviderDocument,
  InboundMessagesDocument,
  IssueVirtualCardDocument,
  MemberByIdDocument,
  MessageKindsDocument,
  MessageTemplatesDocument,
  MessagingSettingsDocument,
  RemoveMessageTemplateDocument,
  ReplaceCardDocument,
  RequestMemberCodeDocument,
  SearchMembersDocument,
  SetEReceiptConsentDocument,
  SetMessageTemplateDocument,
  type SetMessageTemplateInput,
  UpdateMessagingSettingsDocument,
  type UpdateMessagingSettingsInput,
} from './__generated__/operations';

/**
 * What members get without asking and what they send back, through real SMTP and SMPP servers on
 * loopback: the e-receipt instead of paper, a welcome and a new card's number, STOP withdrawing
 * marketing by text, the registration keyword, texts kept for support, and quiet hours holding
 * what can wait until morning in the member's own time zone.
 */
const env = usePlatformWithCompany({ events: true, communications: true });
let smtp: SmtpSink;
let smsc: SmppSink;
let shop: string;
const admin = () => ({ token: env.company.adminToken });

async function configure(kind: 'SMTP' | 'SMPP', settings: Record<string, string>, credentials: Record<string, string>) {
  const pairs = (values: Record<string, string>) => Object.entries(values).map(([key, value]) => ({ key, value }));
  const { configureProvider } = await request(
    env.platform.gatewayUrl,
    ConfigureProviderDocument,
    { input: { name: `${kind} ${randomUUID().slice(0, 6)}`, kind, settings: pairs(settings), credentials: pairs(credentials) } },
    admin(),
  );
  expect(configureProvider.errors).toEqual([]);
}

beforeAll(async () => {
  [smtp, smsc] = await Promise.all([startSmtpSink(), startSmppSink()]);
  await configure('SMTP', { host: '127.0.0.1', port: String(smtp.port), sender: 'Demo Retail <no-reply@demo-retail.test>' }, SMTP_SINK_LOGIN);
  await configure('SMPP', { host: '127.0.0.1', port: String(smsc.port), sender: 'DemoRetail' }, SMPP_SINK_LOGIN);
  const [company] = await querySql<{ name: string }>(env.platform, 'SELECT name FROM members.companies WHERE id = $1', [env.company.companyId]);
  shop = company?.name as string;
});
afterAll(() => Promise.all([smtp?.close(), smsc?.close()]));

async function settings(input: UpdateMessagingSettingsInput) {
  const { updateMessagingSettings } = await request(env.platform.gatewayUrl, UpdateMessagingSettingsDocument, { input }, admin());
  return updateMessagingSettings;
}

const consentOf = async (memberId: string, channel: string) => {
  const { member } = await request(env.platform.gatewayUrl, MemberByIdDocument, { id: memberId }, admin());
  return member?.marketingConsents?.find((c) => c.channel === channel);
};

test('a member who takes e-receipts gets each purchase by email, lines and totals in text and HTML; one who does not gets none', async () => {
  const till = await seedTerminal(env.platform, env.company.adminToken);
  const paper = await registerMember(env.platform, env.company.adminToken, { password: null });
  const electronic = await registerMember(env.platform, env.company.adminToken, { password: null, eReceiptConsent: true, timeZone: 'Asia/Tokyo' });
  for (const { member } of [paper, electronic]) await waitForLedgerCard(env.platform, member.cards[0]?.number as string);
  const lines = [
    { product: 'Trail shoes', price: '80.00', quantity: '1' },
    { product: 'Socks <wool>', price: '4.50', quantity: '2' },
  ];
  await buyAtTill(env.platform, till, { cardNumber: paper.member.cards[0]?.number as string, lines });
  const bought = await buyAtTill(env.platform, till, { cardNumber: electronic.member.cards[0]?.number as string, lines });

  const mail = await smtp.waitFor(electronic.member.email as string);
  expect(mail.subject).toMatch(new RegExp(`^Your receipt from ${shop}, \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}$`));
  expect(mail.text).toContain(`receipt ${bought.id}`);
  expect(mail.text).toContain('Trail shoes  1 x 80.00 = 80.00');
  expect(mail.text).toContain('Socks <wool>  2 x 4.50 = 9.00');
  expect(mail.text).toMatch(/Total: 89\.00 \w{3}/);
  expect(mail.text).toMatch(/Bonus points earned: \d+\.\d{2}/);
  // HTML escapes what the register sent; the sale's time is the member's (Tokyo), not the server's.
  expect(mail.html).toContain('<td>Socks &#60;wool&#62;</td>');
  const tokyo = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  expect(mail.subject).toContain(tokyo);

  const paperMessages = await querySql(env.platform, "SELECT 1 FROM communications.messages WHERE member_id = $1 AND kind = 'purchase.confirmed'", [
    paper.member.id,
  ]);
  expect(paperMessages).toHaveLength(0);
  expect(smtp.received.some((m) => m.to && JSON.stringify(m.to).includes(paper.member.email as string))).toBe(false);

  // The ledger tells communications whether to ask for the member at all, as the members subgraph
  // last said; a consent given later reaches it through the consent's event.
  const told = async (memberId: string) =>
    (
      await querySql<{ e_receipt: boolean | null }>(
        env.platform,
        "SELECT (payload->>'eReceipt')::boolean AS e_receipt FROM ledger.outbox_events WHERE type = 'purchase.confirmed' AND member_id = $1 ORDER BY id",
        [memberId],
      )
    ).map((row) => row.e_receipt);
  expect(await told(paper.member.id)).toEqual([false]);
  expect(await told(electronic.member.id)).toEqual([true]);
  await request(env.platform.gatewayUrl, SetEReceiptConsentDocument, { input: { memberId: paper.member.id, consent: true } }, admin());
  await eventually(async () => {
    const [view] = await querySql<{ takes: boolean }>(env.platform, 'SELECT takes_e_receipts AS takes FROM ledger.member_refs WHERE member_id = $1', [
      paper.member.id,
    ]);
    return view?.takes === true ? true : undefined;
  }, 'the consent reached the ledger');
  await buyAtTill(env.platform, till, { cardNumber: paper.member.cards[0]?.number as string, lines });
  expect((await smtp.waitFor(paper.member.email as string)).subject).toMatch(/^Your receipt from /);
  expect(await told(paper.member.id)).toEqual([false, true]);
});

test('a new member is welcomed by text, and a virtual card issued later is announced with its number', async () => {
  const { member } = await registerMember(env.platform, env.company.adminToken, { password: null, firstName: 'Mia' });
  const welcome = await smsc.waitFor(member.phone as string);
  expect(welcome.text).toBe(`Welcome to ${shop}, Mia! You collect bonus points with every purchase.`);
  const received = smsc.received.length;
  const { issueVirtualCard } = await request(env.platform.gatewayUrl, IssueVirtualCardDocument, { input: { memberId: member.id } }, admin());
  const number = issueVirtualCard.card?.number as string;
  const announced = await smsc.waitFor(member.phone as string, received);
  expect(announced.text).toContain(`card ${number} is ready`);
});

test('a lost card replaced by a virtual one: the member is told the new number', async () => {
  const { member } = await registerMember(env.platform, env.company.adminToken, { password: null });
  await smsc.waitFor(member.phone as string);
  const received = smsc.received.length;
  const { replaceCard } = await request(
    env.platform.gatewayUrl,
    ReplaceCardDocument,
    { input: { cardNumber: member.cards[0]?.number as string, reason: 'LOST' } },
    admin(),
  );
  expect(replaceCard.errors).toEqual([]);
  const announced = await smsc.waitFor(member.phone as string, received);
  expect(announced.text).toContain(`card ${replaceCard.newCard?.number} is ready`);
});

test('STOP by text withdraws marketing over SMS only; the members subgraph records it as the member’s, and the member is told', async () => {
  const { member } = await registerMember(env.platform, env.company.adminToken, { password: null, marketingConsents: ['SMS', 'EMAIL'] });
  const phone = member.phone as string;
  await smsc.waitFor(phone);
  const received = smsc.received.length;
  await smsc.textFrom(phone, ' Stop! ');

  const withdrawn = await eventually(async () => {
    const sms = await consentOf(member.id, 'SMS');
    return sms?.granted === false ? sms : undefined;
  }, 'the SMS consent withdrawn');
  expect(withdrawn).toMatchObject({ source: 'STOP_REPLY' });
  expect(await consentOf(member.id, 'EMAIL')).toMatchObject({ granted: true, source: 'STAFF' });
  const answer = await smsc.waitFor(phone, received);
  expect(answer.text).toBe(`You will get no more offers from ${shop} by text. Codes, receipts and notices about your points still come.`);

  const { inboundMessages } = await request(env.platform.gatewayUrl, InboundMessagesDocument, { kind: 'STOP' }, admin());
  expect(inboundMessages.find((m) => m.sender === phone)).toMatchObject({ memberId: member.id, text: ' Stop! ', outcome: 'Marketing by SMS withdrawn' });
});

test('STOP from a phone no member has is handled once: a consent its holder gives at registration later stands', async () => {
  const phone = uniquePhone();
  await smsc.textFrom(phone, 'STOP');
  const handled = await eventually(async () => {
    const { inboundMessages } = await request(env.platform.gatewayUrl, InboundMessagesDocument, { kind: 'STOP' }, admin());
    return inboundMessages.find((m) => m.sender === phone && m.outcome);
  }, 'the stranger’s STOP handled');
  expect(handled).toMatchObject({ memberId: null, outcome: 'No member has this phone: nothing to withdraw' });

  const { member } = await registerMember(env.platform, env.company.adminToken, { phone, password: null, marketingConsents: ['SMS'] });
  await smsc.waitFor(phone);
  // The retry of unhandled texts (every 30 s) must not find it again.
  env.platform.clock.advance(60_000);
  await env.platform.communications?.retryInbound();
  expect(await consentOf(member.id, 'SMS')).toMatchObject({ granted: true });
});

test('the registration keyword registers the sender through the SMS channel; other texts wait for support, in any script', async () => {
  expect((await settings({ registrationKeyword: 'join' })).settings?.registrationKeyword).toBe('JOIN');
  const phone = uniquePhone();
  await smsc.textFrom(phone, 'Join');
  const found = await eventually(async () => {
    const { members } = await request(env.platform.gatewayUrl, SearchMembersDocument, { filter: { phone }, first: 1 }, admin());
    return members.edges[0]?.node;
  }, 'the texter registered');
  const registered = (await request(env.platform.gatewayUrl, MemberByIdDocument, { id: found.id }, admin())).member as { id: string };
  expect(registered).toMatchObject({ state: 'REGISTERED', registrationChannel: 'SMS' });
  expect((await smsc.waitFor(phone)).text).toContain(`Welcome to ${shop}`);

  await smsc.textFrom(phone, 'Где моя карта?');
  const { inboundMessages } = await eventually(async () => {
    const read = await request(env.platform.gatewayUrl, InboundMessagesDocument, { first: 20 }, admin());
    return read.inboundMessages.some((m) => m.sender === phone && m.kind === 'SUPPORT' && m.outcome) ? read : undefined;
  }, 'the question kept for support');
  const mine = inboundMessages.filter((m) => m.sender === phone);
  expect(mine.map((m) => [m.kind, m.text, m.memberId, m.outcome])).toEqual([
    ['SUPPORT', 'Где моя карта?', registered.id, 'Kept for support'],
    ['REGISTRATION', 'Join', registered.id, 'Registered through the SMS channel'],
  ]);

  // The keyword again from a member: refused by the members subgraph, the reason kept for support.
  await smsc.textFrom(phone, 'JOIN');
  const again = await eventually(async () => {
    const read = await request(env.platform.gatewayUrl, InboundMessagesDocument, { kind: 'REGISTRATION' }, admin());
    return read.inboundMessages.find((m) => m.sender === phone && m.outcome?.startsWith('Not registered'));
  }, 'the second keyword refused');
  expect(again.outcome).toContain('PHONE_TAKEN');
  // Still the member's text: an opt-out finds it.
  expect(again.memberId).toBe(registered.id);
});

test('messaging settings: bad ones are refused field by field and change nothing; only admins set them', async () => {
  const before = (await request(env.platform.gatewayUrl, MessagingSettingsDocument, {}, admin())).messagingSettings;
  const refused = await settings({ quietHours: { start: '25:00', end: '9:00' }, registrationKeyword: 'stop' });
  expect(refused.errors.map((e) => [e.code, e.field])).toEqual([
    ['INVALID_INPUT', 'quietHours.start'],
    ['INVALID_INPUT', 'quietHours.end'],
    ['INVALID_INPUT', 'registrationKeyword'],
  ]);
  expect((await settings({ quietHours: { start: '22:00', end: '22:00' } })).errors.map((e) => e.field)).toEqual(['quietHours.end']);
  expect((await request(env.platform.gatewayUrl, MessagingSettingsDocument, {}, admin())).messagingSettings).toEqual(before);
  const marketer = await env.company.operator('MARKETER');
  expect((await request(env.platform.gatewayUrl, MessagingSettingsDocument, {}, { token: marketer })).messagingSettings).toEqual(before);
  expect(
    errorCodes(await call(env.platform.gatewayUrl, UpdateMessagingSettingsDocument, { input: { registrationKeyword: null } }, { token: marketer })),
  ).toEqual(['FORBIDDEN']);
});

test('quiet hours hold an expiry warning until they end in the member’s time zone; a code never waits', async () => {
  // Quiet hours around this moment in Kathmandu (UTC+05:45): from an hour ago until two hours from now, local time.
  const zone = 'Asia/Kathmandu';
  const localMinutes = (at: Date) => {
    const [h, m] = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hour12: false }).format(at).split(':');
    return Number(h) * 60 + Number(m);
  };
  const hhmm = (minutes: number) => {
    const wrapped = (minutes + 1440) % 1440;
    return `${String(Math.floor(wrapped / 60)).padStart(2, '0')}:${String(wrapped % 60).padStart(2, '0')}`;
  };
  const now = new Date();
  const end = hhmm(localMinutes(now) + 120);
  expect((await settings({ quietHours: { start: hhmm(localMinutes(now) - 60), end } })).errors).toEqual([]);
  try {
    const { member } = await registerMember(env.platform, env.company.adminToken, { password: null, timeZone: zone });
    await waitForLedger(env.platform, member.id);
    const expiresAt = new Date(Date.now() + 3 * 86_400_000).toISOString();
    await request(env.platform.gatewayUrl, AccrueBonusesDocument, { input: { memberId: member.id, amount: '4', expiresAt } }, admin());
    await env.platform.ledger.warnExpiringBonuses();
    const held = await eventually(async () => {
      const [row] = await querySql<{ status: string; next_attempt_at: Date }>(
        env.platform,
        "SELECT status, next_attempt_at FROM communications.messages WHERE member_id = $1 AND kind = 'bonuses.expiring'",
        [member.id],
      );
      return row;
    }, 'the expiry warning queued');
    expect(held.status).toBe('QUEUED');
    // Two hours from now, to the minute, in Kathmandu.
    const wait = held.next_attempt_at.getTime() - now.getTime();
    expect(wait).toBeGreaterThan(118 * 60_000);
    expect(wait).toBeLessThanOrEqual(120 * 60_000);
    expect(hhmm(localMinutes(held.next_attempt_at))).toBe(end);

    // The same member's sign-in code goes at once.
    const received = smsc.received.length;
    await request(env.platform.gatewayUrl, RequestMemberCodeDocument, { input: { phone: member.phone as string, companyId: env.company.companyId } });
    expect((await smsc.waitFor(member.phone as string, received)).text).toMatch(/^\d{6} is your sign-in code/);
  } finally {
    await settings({ quietHours: null });
  }
});

test('a marketer words the welcome per language; members get theirs (de-AT, then de, then the default), the platform’s once removed', async () => {
  const marketer = { token: await env.company.operator('MARKETER') };
  const write = async (language: string | null, text: string) =>
    (await request(env.platform.gatewayUrl, SetMessageTemplateDocument, { input: { kind: 'WELCOME', channel: 'SMS', language, text } }, marketer))
      .setMessageTemplate;
  expect((await write('DE', 'Willkommen bei {{shop}}{{greeting}}!')).template).toMatchObject({ language: 'de', kind: 'WELCOME' });
  expect((await write(null, 'Hello from {{shop}}, {{firstName}}.')).errors).toEqual([]);
  const { messageTemplates } = await request(env.platform.gatewayUrl, MessageTemplatesDocument, { kind: 'WELCOME' }, marketer);
  expect(messageTemplates.map((t) => t.language)).toEqual([null, 'de']);

  const welcomeOf = async (overrides: { language?: string }) => {
    const { member } = await registerMember(env.platform, env.company.adminToken, { password: null, firstName: 'Lena', ...overrides });
    return (await smsc.waitFor(member.phone as string)).text;
  };
  expect(await welcomeOf({ language: 'de-AT' })).toBe(`Willkommen bei ${shop}, Lena!`);
  expect(await welcomeOf({ language: 'fr' })).toBe(`Hello from ${shop}, Lena.`);

  for (const language of ['de', null]) {
    const { removeMessageTemplate } = await request(
      env.platform.gatewayUrl,
      RemoveMessageTemplateDocument,
      { input: { kind: 'WELCOME', channel: 'SMS', language } },
      marketer,
    );
    expect(removeMessageTemplate.removed).toBe(true);
  }
  expect(await welcomeOf({ language: 'de' })).toBe(`Welcome to ${shop}, Lena! You collect bonus points with every purchase.`);
  const again = await request(env.platform.gatewayUrl, RemoveMessageTemplateDocument, { input: { kind: 'WELCOME', channel: 'SMS' } }, marketer);
  expect(again.removeMessageTemplate.errors.map((e) => e.code)).toEqual(['TEMPLATE_NOT_FOUND']);
});

test('a template that names what its message lacks, leaves out the code, or is too long for its SMS parts is refused and changes nothing', async () => {
  const write = async (input: SetMessageTemplateInput) =>
    (await request(env.platform.gatewayUrl, SetMessageTemplateDocument, { input }, admin())).setMessageTemplate.errors.map((e) => [e.code, e.field]);
  expect(await write({ kind: 'PAYMENT_CODE', channel: 'SMS', text: 'Pay {{total}} with {{cardNumber}}' })).toEqual([
    ['TEMPLATE_VARIABLE_UNKNOWN', 'text'],
    ['TEMPLATE_VARIABLE_UNKNOWN', 'text'],
    ['TEMPLATE_VARIABLE_MISSING', 'text'],
  ]);
  expect(await write({ kind: 'CARD_ISSUED', channel: 'SMS', text: `{{cardNumber}} ${'я'.repeat(260)}` })).toEqual([['SMS_TOO_LONG', 'text']]);
  expect(await write({ kind: 'CARD_ISSUED', channel: 'PUSH', subject: 'Hi', text: '{{cardNumber}}', language: 'klingon!' })).toEqual([
    ['INVALID_INPUT', 'language'],
  ]);
  const { messageTemplates } = await request(env.platform.gatewayUrl, MessageTemplatesDocument, {}, admin());
  expect(messageTemplates.filter((t) => t.kind === 'PAYMENT_CODE' || t.kind === 'CARD_ISSUED')).toEqual([]);
  const { messageKinds } = await request(env.platform.gatewayUrl, MessageKindsDocument, {}, admin());
  expect(messageKinds.find((k) => k.name === 'PAYMENT_CODE')).toMatchObject({ requiredVariables: ['code'], variables: ['code', 'minutes', 'bonusPayment'] });
});

test('events pushed to communications are handled before it answers, and the answer names those its queues need not bring again', async () => {
  const event = (type: string, companyId: string, payload: Record<string, unknown>) => ({
    eventId: randomUUID(),
    type,
    source: 'ledger',
    companyId,
    memberId: null,
    occurredAt: new Date().toISOString(),
    payload,
  });
  // An opt-out of someone communications never wrote to is handled (nothing to erase); an alert of
  // a company id that is no id fails, and is left to the queue to bring and retry.
  const handled = { ...event('member.deleted', env.company.companyId, { memberId: randomUUID() }), memberId: randomUUID() };
  const failing = event('limit.alert', 'not-a-company-id', { name: 'x' });
  const answer = await pushEvents(env.platform.communications?.url as string, [handled, failing], env.platform.secrets.gatewaySigningSecret);
  expect(answer.status).toBe(200);
  expect(await answer.json()).toEqual({ queues: ['communications.messages', 'communications.member-events'], handled: [handled.eventId] });
});
