import { randomUUID } from 'node:crypto';
import { devInboxMessage } from '../support/dev-inbox';
import { eventually } from '../support/eventually';
import { usePlatformWithCompany } from '../support/fixture';
import { call, errorCodes, request } from '../support/graphql-client';
import { memberInput, querySql, registerSignedInMember, seedCompany, seedTerminal, uniqueEmail, uniquePhone, waitForLedgerCard } from '../support/seed';
import { type SmtpSink, startSmtpSink } from '../support/smtp-sink';
import {
  AccrueBonusesDocument,
  CalculatePurchaseDocument,
  ChangeEmailDocument,
  ConfigureProviderDocument,
  ConfirmPurchaseDocument,
  DevInboxDocument,
  InboundMessagesDocument,
  MessagesDocument,
  ProvidersDocument,
  RegisterMemberDocument,
  RequestEmailChangeDocument,
  RequestMemberCodeDocument,
  SendTestMessageDocument,
  UpdateProgramRulesDocument,
} from './__generated__/operations';

/**
 * What the platform says to members reaches them: with no provider configured (outside production)
 * through the development inbox, with one through it, as a phone or mailbox would get it. The tests
 * read codes where a member would, never from the platform's own tables.
 */
const env = usePlatformWithCompany({ events: true, communications: true });
let smtp: SmtpSink;
beforeAll(async () => {
  smtp = await startSmtpSink();
});
afterAll(() => smtp?.close());

const admin = () => ({ token: env.company.adminToken });
const codeIn = (text: string) => text.match(/\b(\d{6})\b/)?.[1] as string;

/** The newest development-inbox message to a destination (that says `saying`), waiting for it. */
const inboxFor = (destination: string, token = env.company.adminToken, saying = '') => devInboxMessage(env.platform, token, destination, saying);

async function configureSmtp(name: string, port = smtp.port) {
  const { configureProvider } = await request(
    env.platform.gatewayUrl,
    ConfigureProviderDocument,
    {
      input: {
        name,
        kind: 'SMTP',
        settings: [
          { key: 'host', value: '127.0.0.1' },
          { key: 'port', value: String(port) },
          { key: 'sender', value: 'Demo Retail <no-reply@demo-retail.test>' },
        ],
        credentials: [
          { key: 'username', value: 'mailer' },
          { key: 'password', value: 'smtp-secret-password-1' },
        ],
      },
    },
    admin(),
  );
  expect(configureProvider.errors).toEqual([]);
  return configureProvider.provider as NonNullable<typeof configureProvider.provider>;
}

describe('without a provider: the development inbox', () => {
  test('a person self-registers in the mobile app with the code from the development inbox', async () => {
    const phone = uniquePhone();
    const companyId = env.company.companyId;
    expect((await request(env.platform.gatewayUrl, RequestMemberCodeDocument, { input: { phone, companyId } })).requestMemberCode.sent).toBe(true);
    const message = await inboxFor(phone);
    expect(message).toMatchObject({ channel: 'SMS', destination: phone, memberId: null });
    expect(message.text).toMatch(/^\d{6} is your registration code\./);
    const { registerMember } = await request(env.platform.gatewayUrl, RegisterMemberDocument, {
      input: { ...memberInput({ channel: 'MOBILE_APP', phone, companyId }), verificationCode: codeIn(message.text) },
    });
    expect(registerMember.errors).toEqual([]);

    // Once out, the message keeps neither the code nor the whole phone number.
    const [kept] = await querySql<{ status: string; destination: string; variables: Record<string, string> }>(
      env.platform,
      'SELECT status, destination, variables FROM communications.messages WHERE id = $1',
      [message.id],
    );
    expect(kept?.status).toBe('SENT');
    expect(kept?.destination).not.toContain(phone.slice(3, -4));
    expect(kept?.variables).not.toHaveProperty('sealedCode');
  });

  test('a till’s payment code reaches the member’s phone, and confirms the purchase', async () => {
    await request(env.platform.gatewayUrl, UpdateProgramRulesDocument, { input: { maxPaymentShare: '0.5' } }, admin());
    const till = await seedTerminal(env.platform, env.company.adminToken, { confirmPaymentBySms: true });
    const { member } = await registerSignedInMember(env.platform, env.company);
    const cardNumber = member.cards[0]?.number as string;
    await waitForLedgerCard(env.platform, cardNumber);
    await request(env.platform.gatewayUrl, AccrueBonusesDocument, { input: { memberId: member.id, amount: '30' } }, admin());
    const { calculatePurchase } = await request(
      env.platform.gatewayUrl,
      CalculatePurchaseDocument,
      { input: { idempotencyKey: randomUUID(), cardNumber, lines: [{ product: 'shoes', price: '80.00', quantity: '1' }], payWithBonuses: '20' } },
      { token: till.token },
    );
    expect(calculatePurchase.purchase?.paymentCodeRequired).toBe(true);
    const message = await inboxFor(member.phone as string, env.company.adminToken, 'to pay');
    expect(message).toMatchObject({ channel: 'SMS', memberId: member.id });
    expect(message.text).toContain('to pay 20.00 bonus points');
    const { confirmPurchase } = await request(
      env.platform.gatewayUrl,
      ConfirmPurchaseDocument,
      { input: { idempotencyKey: randomUUID(), purchaseId: calculatePurchase.purchase?.id as string, paymentCode: codeIn(message.text) } },
      { token: till.token },
    );
    expect(confirmPurchase.errors).toEqual([]);
    expect(confirmPurchase.purchase?.state).toBe('CONFIRMED');
  });

  test('only the company’s admins and operators read it, each their own company’s', async () => {
    const phone = uniquePhone();
    await request(env.platform.gatewayUrl, RequestMemberCodeDocument, { input: { phone, companyId: env.company.companyId } });
    await inboxFor(phone);
    expect((await inboxFor(phone, await env.company.operator('OPERATOR'))).destination).toBe(phone);
    for (const token of [
      await env.company.operator('MARKETER'),
      await env.company.operator('SECURITY'),
      (await registerSignedInMember(env.platform, env.company)).token,
    ]) {
      expect(errorCodes(await call(env.platform.gatewayUrl, DevInboxDocument, { destination: phone }, { token }))).toEqual(['FORBIDDEN']);
    }
    const other = await seedCompany(env.platform);
    const { devInbox } = await request(env.platform.gatewayUrl, DevInboxDocument, { destination: phone }, { token: other.adminToken });
    expect(devInbox).toEqual([]);
  });
});

describe('email over SMTP', () => {
  test('an admin configures a provider; its credentials are sealed and never shown; a test message arrives', async () => {
    const provider = await configureSmtp(`SMTP ${randomUUID().slice(0, 6)}`);
    expect(provider).toMatchObject({ kind: 'SMTP', channel: 'EMAIL', hasCredentials: true, active: true });
    const { providers } = await request(env.platform.gatewayUrl, ProvidersDocument, {}, admin());
    expect(JSON.stringify(providers)).not.toContain('smtp-secret-password-1');
    const [stored] = await querySql<{ sealed_credentials: string }>(env.platform, 'SELECT sealed_credentials FROM communications.providers WHERE id = $1', [
      provider.id,
    ]);
    expect(stored?.sealed_credentials).not.toContain('smtp-secret');

    const to = uniqueEmail('test');
    const before = smtp.received.length;
    const { sendTestMessage } = await request(
      env.platform.gatewayUrl,
      SendTestMessageDocument,
      { input: { providerId: provider.id, destination: to } },
      admin(),
    );
    expect(sendTestMessage.errors).toEqual([]);
    const mail = await smtp.waitFor(to, before);
    expect(mail.subject).toBe('Test message');
    expect(mail.from?.text).toContain('no-reply@demo-retail.test');
    expect(mail.text).toContain('A test message');
  });

  test('an email change code arrives by email, text and HTML, with the message’s id; it changes the email', async () => {
    await configureSmtp(`Mail ${randomUUID().slice(0, 6)}`);
    const { member, token } = await registerSignedInMember(env.platform, env.company);
    const newEmail = uniqueEmail('changed');
    const before = smtp.received.length;
    const { requestEmailChange } = await request(env.platform.gatewayUrl, RequestEmailChangeDocument, { input: { newEmail } }, { token });
    expect(requestEmailChange.errors).toEqual([]);
    const mail = await smtp.waitFor(newEmail, before);
    expect(mail.subject).toBe('Your email change code');
    expect(mail.html).toContain(codeIn(mail.text as string));
    const [message] = await querySql<{ id: string }>(
      env.platform,
      "SELECT id FROM communications.messages WHERE kind = 'verification.code_requested' AND member_id = $1 AND variables->>'purpose' = 'CHANGE_EMAIL'",
      [member.id],
    );
    expect(mail.messageId).toContain(message?.id);
    const { changeEmail } = await request(env.platform.gatewayUrl, ChangeEmailDocument, { input: { newEmail, code: codeIn(mail.text as string) } }, { token });
    expect(changeEmail.errors).toEqual([]);
  });

  test('a server that answers 4xx is tried again later; one that answers 5xx fails the message with its reason', async () => {
    await configureSmtp(`Flaky ${randomUUID().slice(0, 6)}`);
    const { token, member } = await registerSignedInMember(env.platform, env.company);
    const messageOf = async () =>
      (
        await querySql<{ status: string; attempts: number; last_error: string | null }>(
          env.platform,
          "SELECT status, attempts, last_error FROM communications.messages WHERE member_id = $1 AND kind = 'verification.code_requested' AND channel = 'EMAIL' ORDER BY created_at DESC LIMIT 1",
          [member.id],
        )
      )[0];
    const waitUntil = (done: (m: Awaited<ReturnType<typeof messageOf>>) => boolean) =>
      eventually(async () => {
        const message = await messageOf();
        return done(message) ? message : undefined;
      }, 'the message reaching the awaited state');
    try {
      smtp.refuse = { code: 451, message: 'Try again later' };
      const newEmail = uniqueEmail('flaky');
      await request(env.platform.gatewayUrl, RequestEmailChangeDocument, { input: { newEmail } }, { token });
      await waitUntil((m) => m?.attempts === 1 && m.last_error !== null);
      expect(await messageOf()).toMatchObject({ status: 'QUEUED', last_error: expect.stringContaining('Try again later') });
      smtp.refuse = null;
      env.platform.clock.advance(5_000);
      await env.platform.communications?.deliverDue();
      await waitUntil((m) => m?.status === 'SENT');
      await smtp.waitFor(newEmail);

      smtp.refuse = { code: 550, message: 'No such mailbox' };
      env.platform.clock.advance(60_000); // past the code's resend pause
      await request(env.platform.gatewayUrl, RequestEmailChangeDocument, { input: { newEmail: uniqueEmail('gone') } }, { token });
      await waitUntil((m) => m?.status === 'FAILED');
      expect((await messageOf())?.last_error).toContain('No such mailbox');
    } finally {
      smtp.refuse = null;
    }
  });

  test('bad settings are refused field by field, and change nothing', async () => {
    const { configureProvider } = await request(
      env.platform.gatewayUrl,
      ConfigureProviderDocument,
      {
        input: {
          name: 'Broken',
          kind: 'SMTP',
          settings: [
            { key: 'port', value: 'x' },
            { key: 'colour', value: 'blue' },
          ],
        },
      },
      admin(),
    );
    expect(configureProvider.errors.map((e) => e.field).sort()).toEqual(['settings.colour', 'settings.host', 'settings.port', 'settings.sender'].sort());
    const { providers } = await request(env.platform.gatewayUrl, ProvidersDocument, {}, admin());
    expect(providers.map((p) => p.name)).not.toContain('Broken');
    const provider = await configureSmtp(`Checked ${randomUUID().slice(0, 6)}`);
    const { sendTestMessage } = await request(
      env.platform.gatewayUrl,
      SendTestMessageDocument,
      { input: { providerId: provider.id, destination: 'not-an-email' } },
      admin(),
    );
    expect(sendTestMessage.errors.map((e) => e.code)).toEqual(['INVALID_DESTINATION']);
    const operator = await env.company.operator('OPERATOR');
    expect(errorCodes(await call(env.platform.gatewayUrl, ProvidersDocument, {}, { token: operator }))).toEqual(['FORBIDDEN']);
  });
});

test('a page size outside a list’s range is refused as BAD_USER_INPUT, not answered with one item', async () => {
  const admin = { token: env.company.adminToken };
  const answers = [
    await call(env.platform.gatewayUrl, MessagesDocument, { first: 0 }, admin),
    await call(env.platform.gatewayUrl, InboundMessagesDocument, { first: -1 }, admin),
    await call(env.platform.gatewayUrl, DevInboxDocument, { first: 101 }, admin),
  ];
  for (const answer of answers) {
    expect(errorCodes(answer)).toEqual(['BAD_USER_INPUT']);
    expect(answer.errors?.[0]?.message).toMatch(/^first: 1 to \d+$/);
  }
  expect(errorCodes(await call(env.platform.gatewayUrl, MessagesDocument, { first: 200 }, admin))).toEqual([]);
});
