import { randomUUID } from 'node:crypto';
import { eventually } from '../support/eventually';
import { usePlatformWithCompany } from '../support/fixture';
import { request } from '../support/graphql-client';
import { querySql, registerMember, type SeededCompany, seedCompany } from '../support/seed';
import { SMPP_SINK_LOGIN, type SmppSink, startSmppSink } from '../support/smpp-sink';
import { SMTP_SINK_LOGIN, type SmtpSink, startSmtpSink } from '../support/smtp-sink';
import {
  AddAudienceMembersDocument,
  CampaignsDocument,
  CancelMailingDocument,
  type Channel,
  ConfigureProviderDocument,
  CreateAudienceDocument,
  CreateCampaignDocument,
  CreateMailingDocument,
  type CreateMailingInput,
  MailingCostEstimateDocument,
  MailingDocument,
  MailingMessagesDocument,
  MailingPreviewDocument,
  MemberInboxDocument,
  PauseMailingDocument,
  ResumeMailingDocument,
  SetMarketingConsentDocument,
  SetMessageTemplateDocument,
  StartMailingDocument,
  UpdateMailingDocument,
} from './__generated__/operations';

/**
 * Mailings, as a marketer runs them against real SMPP and SMTP servers on loopback: written and
 * checked against the channel, estimated (recipients, exclusions, SMS parts, cost), previewed for a
 * member, started at a time, paused and resumed, cancelled; each message's status to its delivery
 * receipt; members read them in their inbox.
 */
const env = usePlatformWithCompany({ events: true, communications: true, offers: true });
let smsc: SmppSink;
let smtp: SmtpSink;
const url = () => env.platform.gatewayUrl;
const as = (company: SeededCompany) => ({ token: company.adminToken });

async function configure(
  company: SeededCompany,
  kind: 'SMTP' | 'SMPP',
  settings: Record<string, string>,
  credentials: Record<string, string>,
  price: string,
  ratePerSecond?: number,
) {
  const pairs = (values: Record<string, string>) => Object.entries(values).map(([key, value]) => ({ key, value }));
  const name = `${kind} ${randomUUID().slice(0, 6)}`;
  const input = { name, kind, settings: pairs(settings), credentials: pairs(credentials), pricePerMessage: price, ratePerSecond };
  const { configureProvider } = await request(url(), ConfigureProviderDocument, { input }, as(company));
  expect(configureProvider.errors).toEqual([]);
  return configureProvider.provider?.id as string;
}

beforeAll(async () => {
  [smsc, smtp] = await Promise.all([startSmppSink(), startSmtpSink()]);
});
afterAll(() => Promise.all([smsc?.close(), smtp?.close()]));

async function createMailing(company: SeededCompany, input: CreateMailingInput) {
  const { createMailing } = await request(url(), CreateMailingDocument, { input }, as(company));
  expect(createMailing.errors).toEqual([]);
  return createMailing.mailing as NonNullable<typeof createMailing.mailing>;
}

const mailingOf = async (company: SeededCompany, id: string) => (await request(url(), MailingDocument, { id }, as(company))).mailing;
const messagesOf = async (company: SeededCompany, id: string) => (await request(url(), MailingMessagesDocument, { id }, as(company))).mailing?.messages ?? [];

function mailingIn(company: SeededCompany, id: string, state: string) {
  return eventually(async () => {
    const mailing = await mailingOf(company, id);
    return mailing?.state === state ? mailing : undefined;
  }, `the mailing ${state}`);
}

const smsTo = (phone: string, containing: string) =>
  eventually(() => smsc.received.find((sms) => sms.destination === phone && sms.text.includes(containing)), `an SMS to ${phone}`);

/** A static audience of the company with these members, once the offers subgraph knows them. */
async function audienceOf(company: SeededCompany, memberIds: string[]) {
  const { createAudience } = await request(url(), CreateAudienceDocument, { input: { name: `Audience ${randomUUID().slice(0, 6)}` } }, as(company));
  const audienceId = createAudience.audience?.id as string;
  await eventually(async () => {
    const { addAudienceMembers } = await request(url(), AddAudienceMembersDocument, { input: { audienceId, memberIds } }, as(company));
    return addAudienceMembers.upload?.notFound.length === 0 ? true : undefined;
  }, 'the audience’s members known to the offers subgraph');
  return audienceId;
}

const member = async (company: SeededCompany, firstName: string, consents: Channel[]) =>
  (await registerMember(env.platform, company.adminToken, { password: null, firstName, marketingConsents: consents })).member;

test('a marketer estimates an SMS mailing to an audience, previews it, starts it at a time and follows each message to its delivery receipt', async () => {
  const company = env.company;
  await configure(company, 'SMPP', { host: '127.0.0.1', port: String(smsc.port), sender: 'DemoRetail' }, SMPP_SINK_LOGIN, '0.05');
  const [anna, dasha, olaf] = [await member(company, 'Anna', ['SMS']), await member(company, 'Даша', ['SMS']), await member(company, 'Olaf', ['EMAIL'])];
  const audienceId = await audienceOf(company, [anna.id, dasha.id, olaf.id]);
  const { createCampaign } = await request(url(), CreateCampaignDocument, { input: { name: 'Spring', description: 'The spring sale' } }, as(company));
  const campaignId = createCampaign.campaign?.id as string;
  const text = 'Hi {{firstName}}, our spring sale at {{shop}} starts today: 20% off everything until Sunday.';
  const mailing = await createMailing(company, { name: 'Spring sale', channel: 'SMS', audienceId, campaignId, content: { text } });
  expect(mailing).toMatchObject({ state: 'DRAFT', channel: 'SMS', campaign: { id: campaignId, name: 'Spring' }, content: { text, subject: null } });

  // Anna's text is GSM-7 in one part; Даша's name makes hers UCS-2, over 70 characters: two parts. Olaf took email only.
  const [shop] = await querySql<{ name: string }>(env.platform, 'SELECT name FROM members.companies WHERE id = $1', [company.companyId]);
  const dashaText = text.replace('{{firstName}}', 'Даша').replace('{{shop}}', shop?.name as string);
  expect(dashaText.length).toBeGreaterThan(70);
  expect(dashaText.length).toBeLessThanOrEqual(134);
  const { mailing: estimated } = await request(url(), MailingCostEstimateDocument, { id: mailing.id }, as(company));
  expect(estimated?.costEstimate).toMatchObject({
    members: 3,
    recipients: 2,
    messages: 2,
    segments: 3,
    gsm7Messages: 1,
    ucs2Messages: 1,
    total: '0.15',
    currency: 'EUR',
    excluded: expect.arrayContaining([{ reason: 'NO_CONSENT', members: 1 }]),
    providers: [
      {
        providerId: expect.any(String),
        name: expect.stringMatching(/^SMPP/),
        pushService: null,
        messages: 2,
        segments: 3,
        pricePerMessage: '0.0500',
        cost: '0.15',
      },
    ],
  });

  const preview = async (memberId: string) => (await request(url(), MailingPreviewDocument, { id: mailing.id, memberId }, as(company))).mailing?.preview;
  expect(await preview(dasha.id)).toEqual({ subject: null, text: dashaText, html: null, excludedBecause: null, segments: 2, encoding: 'UCS2' });
  expect((await preview(olaf.id))?.excludedBecause).toMatch(/not consented/);

  // Started a moment ahead: scheduled, then running on its own.
  const startAt = new Date(Date.now() + 1500).toISOString();
  const { startMailing } = await request(url(), StartMailingDocument, { input: { mailingId: mailing.id, startAt } }, as(company));
  expect(startMailing.mailing).toMatchObject({ state: 'SCHEDULED', startAt });
  const [toAnna, toDasha] = await Promise.all([smsTo(anna.phone as string, 'Hi Anna,'), smsTo(dasha.phone as string, 'Hi Даша,')]);
  expect(toAnna).toMatchObject({ encoding: 'GSM7', parts: 1, text: text.replace('{{firstName}}', 'Anna').replace('{{shop}}', shop?.name as string) });
  expect(toDasha).toMatchObject({ encoding: 'UCS2', parts: 2, text: dashaText });
  expect(smsc.received.filter((sms) => sms.destination === olaf.phone && sms.text.includes('spring sale'))).toEqual([]);

  // The SMSC's receipts mark both delivered; Olaf's message records why it never went.
  const finished = await eventually(async () => {
    const now = await mailingOf(company, mailing.id);
    return now?.state === 'FINISHED' && now.totals.delivered === 2 ? now : undefined;
  }, 'the mailing finished and delivered');
  expect(finished.totals).toEqual({ total: 3, queued: 0, sent: 0, delivered: 2, failed: 0, undeliverable: 0, unsubscribed: 1, cancelled: 0 });
  expect(finished.recipientsListed).toBe(true);
  const byMember = new Map((await messagesOf(company, mailing.id)).map((message) => [message.memberId, message]));
  expect(byMember.get(olaf.id)).toMatchObject({ status: 'UNSUBSCRIBED', lastError: expect.stringMatching(/not consented/), sentAt: null });
  expect(byMember.get(anna.id)).toMatchObject({ status: 'DELIVERED', destination: anna.phone, deliveredAt: expect.any(String) });

  // The campaign counts its mailings' messages together; Anna reads hers in her inbox.
  const { campaigns } = await request(url(), CampaignsDocument, {}, as(company));
  expect(campaigns.find((c) => c.id === campaignId)).toMatchObject({ mailings: [{ id: mailing.id }], totals: { total: 3, delivered: 2, unsubscribed: 1 } });
  const { member: inboxOwner } = await request(url(), MemberInboxDocument, { id: anna.id }, as(company));
  expect(inboxOwner?.messages?.edges.map((edge) => edge.node).find((message) => message.kind === 'MAILING')).toMatchObject({
    channel: 'SMS',
    text: toAnna.text,
    read: false,
  });
});

test('an email mailing to every member with consent holds while paused, drops a member who withdraws consent, and goes on when resumed; a cancelled one never goes', async () => {
  const company = await seedCompany(env.platform);
  await configure(company, 'SMTP', { host: '127.0.0.1', port: String(smtp.port), sender: 'Demo Retail <no-reply@demo-retail.test>' }, SMTP_SINK_LOGIN, '0.001');
  const [eva, emil, erik] = [
    await member(company, 'Eva', ['EMAIL']),
    await member(company, 'Emil', ['EMAIL', 'SMS']),
    await member(company, 'Erik', ['EMAIL']),
  ];
  await member(company, 'Nora', ['SMS']);
  // The mail server turns everything away for now (451: try later): the messages wait in the queue.
  smtp.refuse = { code: 451, message: 'Try again later' };
  try {
    const content = {
      subject: 'News for {{firstName}}',
      text: 'Hello {{firstName}}, see what is new.',
      html: '<p>Hello {{firstName}}, <a href="https://shop.example/new">see what is new</a>.</p><img src="https://shop.example/new.png">',
    };
    const mailing = await createMailing(company, { name: 'News', channel: 'EMAIL', content });
    const cancelled = await createMailing(company, { name: 'Withdrawn news', channel: 'EMAIL', content: { subject: 'Old news', text: 'Never mind.' } });
    for (const { id } of [mailing, cancelled]) await request(url(), StartMailingDocument, { input: { mailingId: id } }, as(company));
    const tried = (id: string) =>
      eventually(async () => {
        const rows = await querySql<{ n: number }>(
          env.platform,
          'SELECT count(*)::int AS n FROM communications.messages WHERE mailing_id = $1 AND attempts > 0',
          [id],
        );
        return rows[0]?.n === 3 ? true : undefined;
      }, 'each message tried and turned away');
    await Promise.all([tried(mailing.id), tried(cancelled.id)]);
    // Nothing due for an hour, and no attempt left on its way (a claimed message is held for the lease,
    // 30 s; one that failed again comes back in seconds and is moved too): from here on only the
    // test makes messages due.
    await eventually(async () => {
      const ids = [mailing.id, cancelled.id];
      await querySql(
        env.platform,
        "UPDATE communications.messages SET next_attempt_at = now() + interval '1 hour' WHERE mailing_id = ANY($1) AND next_attempt_at < now() + interval '20 seconds'",
        [ids],
      );
      const [held] = await querySql<{ n: number }>(
        env.platform,
        "SELECT count(*)::int AS n FROM communications.messages WHERE mailing_id = ANY($1) AND next_attempt_at > now() + interval '50 minutes'",
        [ids],
      );
      return held?.n === 6 ? true : undefined;
    }, 'no attempt on its way');

    const { pauseMailing } = await request(url(), PauseMailingDocument, { input: { mailingId: mailing.id } }, as(company));
    expect(pauseMailing.mailing?.state).toBe('PAUSED');
    const { cancelMailing } = await request(url(), CancelMailingDocument, { input: { mailingId: cancelled.id } }, as(company));
    expect(cancelMailing.mailing?.state).toBe('CANCELLED');
    expect((await mailingOf(company, cancelled.id))?.totals).toMatchObject({ total: 3, cancelled: 3 });
    // Erik withdraws consent while his message waits: it is never sent.
    await request(url(), SetMarketingConsentDocument, { input: { memberId: erik.id, channel: 'EMAIL', granted: false } }, as(company));
    await eventually(
      async () => ((await messagesOf(company, mailing.id)).find((m) => m.memberId === erik.id)?.status === 'UNSUBSCRIBED' ? true : undefined),
      'Erik’s message unsubscribed',
    );

    // The server takes mail again and every message is due: still nothing goes while paused.
    smtp.refuse = null;
    await querySql(env.platform, 'UPDATE communications.messages SET next_attempt_at = now() WHERE mailing_id = ANY($1)', [[mailing.id, cancelled.id]]);
    await env.platform.communications?.deliverDue();
    const mailTo = (address: string) => smtp.received.filter((mail) => (mail.to as { text: string } | undefined)?.text.includes(address));
    expect([eva, emil, erik].flatMap((m) => mailTo(m.email as string))).toEqual([]);

    const { resumeMailing } = await request(url(), ResumeMailingDocument, { input: { mailingId: mailing.id } }, as(company));
    expect(resumeMailing.mailing?.state).toBe('RUNNING');
    const toEva = await smtp.waitFor(eva.email as string);
    expect(toEva.subject).toBe('News for Eva');
    expect(toEva.text?.trim()).toBe('Hello Eva, see what is new.');
    expect(toEva.html).toContain('<a href="https://shop.example/new">');
    await smtp.waitFor(emil.email as string);
    const finished = await mailingIn(company, mailing.id, 'FINISHED');
    expect(finished.totals).toMatchObject({ total: 3, sent: 2, unsubscribed: 1, queued: 0 });
    expect(mailTo(erik.email as string)).toEqual([]);
    expect(smtp.received.filter((mail) => mail.subject === 'Old news')).toEqual([]);
    expect((await mailingOf(company, cancelled.id))?.state).toBe('CANCELLED');
  } finally {
    smtp.refuse = null;
  }
});

test('a mailing paused while its messages wait for the provider’s rate sends none of them until resumed', async () => {
  const company = await seedCompany(env.platform);
  const members = [await member(company, 'Una', ['SMS']), await member(company, 'Ute', ['SMS']), await member(company, 'Udo', ['SMS'])];
  // One message a second: after the first, the others wait their turn inside the process.
  await configure(company, 'SMPP', { host: '127.0.0.1', port: String(smsc.port), sender: 'DemoRetail' }, SMPP_SINK_LOGIN, '0.05', 1);
  const mailing = await createMailing(company, { name: 'Slow', channel: 'SMS', content: { text: 'Slow news for {{firstName}}' } });
  await request(url(), StartMailingDocument, { input: { mailingId: mailing.id } }, as(company));
  const first = await eventually(() => smsc.received.find((sms) => sms.text.startsWith('Slow news for U')), 'the first message');
  await request(url(), PauseMailingDocument, { input: { mailingId: mailing.id } }, as(company));

  // Their turn comes while paused: each is withdrawn (no attempt made) and waits in the queue again, due at once.
  await eventually(async () => {
    const rows = await querySql<{ n: number }>(
      env.platform,
      "SELECT count(*)::int AS n FROM communications.messages WHERE mailing_id = $1 AND status = 'QUEUED' AND attempts = 0 AND next_attempt_at <= now()",
      [mailing.id],
    );
    return rows[0]?.n === 2 ? true : undefined;
  }, 'the waiting messages withdrawn');
  expect(smsc.received.filter((sms) => sms.text.startsWith('Slow news for U'))).toEqual([first]);

  await request(url(), ResumeMailingDocument, { input: { mailingId: mailing.id } }, as(company));
  await mailingIn(company, mailing.id, 'FINISHED');
  const texts = smsc.received.filter((sms) => sms.text.startsWith('Slow news for U')).map((sms) => sms.text);
  expect(texts.sort()).toEqual(members.map((m) => `Slow news for ${m.firstName}`).sort());
});

test('a text the network cannot deliver is recorded undeliverable, with the SMSC’s word', async () => {
  const company = await seedCompany(env.platform);
  const unreachable = await member(company, 'Ida', ['SMS']);
  await configure(company, 'SMPP', { host: '127.0.0.1', port: String(smsc.port), sender: 'DemoRetail' }, SMPP_SINK_LOGIN, '0.05');
  smsc.receiptStatus = 'UNDELIV';
  try {
    const mailing = await createMailing(company, { name: 'Unreachable', channel: 'SMS', content: { text: 'Out of reach, {{firstName}}?' } });
    await request(url(), StartMailingDocument, { input: { mailingId: mailing.id } }, as(company));
    await smsTo(unreachable.phone as string, 'Out of reach, Ida?');
    const [message] = await eventually(async () => {
      const messages = await messagesOf(company, mailing.id);
      return messages[0]?.status === 'UNDELIVERABLE' ? messages : undefined;
    }, 'the receipt recorded');
    expect(message).toMatchObject({ memberId: unreachable.id, lastError: 'The provider reported UNDELIV', deliveredAt: null });
    expect((await mailingOf(company, mailing.id))?.totals).toMatchObject({ total: 1, undeliverable: 1 });
  } finally {
    smsc.receiptStatus = 'DELIVRD';
  }
});

test('bad input gets a typed error and stores nothing; a started mailing is not edited and a draft is not paused', async () => {
  const company = await seedCompany(env.platform);
  const refused = async (input: CreateMailingInput) => {
    const { createMailing } = await request(url(), CreateMailingDocument, { input }, as(company));
    expect(createMailing.mailing).toBeNull();
    return createMailing.errors.map((error) => [error.code, error.field]);
  };
  expect(await refused({ name: 'Long', channel: 'SMS', content: { text: 'x'.repeat(650) } })).toEqual([['SMS_TOO_LONG', 'text']]);
  expect(await refused({ name: 'Unknown', channel: 'SMS', content: { text: 'You have {{balance}} points' } })).toEqual([['TEMPLATE_VARIABLE_UNKNOWN', 'text']]);
  expect(await refused({ name: 'Nobody', channel: 'SMS', audienceId: randomUUID(), content: { text: 'Hi' } })).toEqual([['AUDIENCE_NOT_FOUND', 'audienceId']]);
  expect(await refused({ name: 'Viber', channel: 'VIBER', content: { text: 'Look', imageUrl: 'https://shop.example/a.png' } })).toEqual([
    ['INVALID_INPUT', 'button'],
  ]);
  expect(await refused({ name: 'Mail', channel: 'EMAIL', content: { text: 'No subject' } })).toEqual([['INVALID_INPUT', 'subject']]);
  expect(await refused({ name: 'Script', channel: 'EMAIL', content: { subject: 'S', text: 'T', html: '<a href="javascript:alert(1)">x</a>' } })).toEqual([
    ['INVALID_INPUT', 'html'],
  ]);
  // A link a member's profile could write (a first name of "javascript:…"), or one hidden by a leading space.
  expect(await refused({ name: 'Named link', channel: 'EMAIL', content: { subject: 'S', text: 'T', html: '<a href="{{firstName}}">offer</a>' } })).toEqual([
    ['INVALID_INPUT', 'html'],
  ]);
  expect(await refused({ name: 'Spaced', channel: 'EMAIL', content: { subject: 'S', text: 'T', html: '<a href=" javascript:alert(3)">x</a>' } })).toEqual([
    ['INVALID_INPUT', 'html'],
  ]);
  // An id of any shape names no audience (never an internal error).
  expect(await refused({ name: 'Odd id', channel: 'SMS', audienceId: '00000000-0000-0000-0000-000000000001', content: { text: 'Hi' } })).toEqual([
    ['AUDIENCE_NOT_FOUND', 'audienceId'],
  ]);
  expect(await refused({ name: 'Social', channel: 'SOCIAL', content: { text: 'Hi' } })).toEqual([['INVALID_INPUT', 'socialTemplateId']]);
  expect(await refused({ name: 'Parts', channel: 'SMS', content: { text: 'Hi', subject: 'A subject' } })).toEqual([['INVALID_INPUT', 'subject']]);
  expect(await refused({ name: ' ', channel: 'SMS', content: { text: 'Hi' } })).toEqual([['INVALID_INPUT', 'name']]);
  const stored = await querySql(env.platform, 'SELECT 1 FROM communications.mailings WHERE company_id = $1', [company.companyId]);
  expect(stored).toEqual([]);
  // A mailing says what it says: there is no template of the MAILING kind.
  const template = { kind: 'MAILING' as const, channel: 'SMS' as const, text: 'Hi' };
  const { setMessageTemplate } = await request(url(), SetMessageTemplateDocument, { input: template }, as(company));
  expect(setMessageTemplate.errors.map((e) => [e.code, e.field])).toEqual([['INVALID_INPUT', 'kind']]);

  const draft = await createMailing(company, { name: 'Draft', channel: 'SMS', content: { text: 'Hi {{firstName}}' } });
  const { pauseMailing } = await request(url(), PauseMailingDocument, { input: { mailingId: draft.id } }, as(company));
  expect(pauseMailing.errors.map((e) => e.code)).toEqual(['MAILING_STATE_CONFLICT']);
  const past = new Date(Date.now() - 60_000).toISOString();
  const { startMailing } = await request(url(), StartMailingDocument, { input: { mailingId: draft.id, startAt: past } }, as(company));
  expect(startMailing.errors.map((e) => [e.code, e.field])).toEqual([['START_TIME_IN_PAST', 'startAt']]);
  const farAhead = new Date(Date.now() + 2 * 366 * 86_400_000).toISOString();
  const { startMailing: tooLate } = await request(url(), StartMailingDocument, { input: { mailingId: draft.id, startAt: farAhead } }, as(company));
  expect(tooLate.errors.map((e) => [e.code, e.field])).toEqual([['INVALID_INPUT', 'startAt']]);
  expect((await mailingOf(company, draft.id))?.state).toBe('DRAFT');
  // A preview for someone who is no member of the company is null, not an error taking the mailing with it.
  for (const memberId of [randomUUID(), '00000000-0000-0000-0000-000000000001', 'xx']) {
    const { mailing } = await request(url(), MailingPreviewDocument, { id: draft.id, memberId }, as(company));
    expect(mailing).toEqual({ id: draft.id, preview: null });
  }
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
  await request(url(), StartMailingDocument, { input: { mailingId: draft.id, startAt: tomorrow } }, as(company));
  const { updateMailing } = await request(url(), UpdateMailingDocument, { input: { mailingId: draft.id, name: 'Changed' } }, as(company));
  expect(updateMailing.errors.map((e) => e.code)).toEqual(['MAILING_STATE_CONFLICT']);
  expect((await mailingOf(company, draft.id))?.name).toBe('Draft');

  // Another company's mailing is not found, whatever is asked of it.
  const other = await seedCompany(env.platform);
  expect(await mailingOf(other, draft.id)).toBeNull();
  const { cancelMailing } = await request(url(), CancelMailingDocument, { input: { mailingId: draft.id } }, as(other));
  expect(cancelMailing.errors.map((e) => e.code)).toEqual(['MAILING_NOT_FOUND']);
  expect((await mailingOf(company, draft.id))?.state).toBe('SCHEDULED');
});
