import { randomBytes, randomUUID } from 'node:crypto';
import { eventually } from '../support/eventually';
import { usePlatformWithCompany } from '../support/fixture';
import { request } from '../support/graphql-client';
import { querySql, registerSignedInMember, seedCompany, seedTerminal } from '../support/seed';
import { SMTP_SINK_LOGIN, type SmtpSink, startSmtpSink } from '../support/smtp-sink';
import {
  ConfigureProviderDocument,
  MemberFeedbackDocument,
  MyFeedbackDocument,
  OpenTicketDocument,
  OptOutDocument,
  RegisterDeviceDocument,
  ReplyToTicketDocument,
  SetTicketStateDocument,
  TicketDocument,
  TicketsDocument,
} from './__generated__/operations';

/**
 * Feedback: a member asks support from the app, a support agent answers from the queue, the member
 * is told by their preferred channel (the app, else email, else SMS) and reads the thread; only the
 * member and support of their company see a ticket; an opt-out erases it.
 */
const env = usePlatformWithCompany({ events: true, communications: true });
let smtp: SmtpSink;
let support: string;
const url = () => env.platform.gatewayUrl;

beforeAll(async () => {
  smtp = await startSmtpSink();
  const settings = [
    { key: 'host', value: '127.0.0.1' },
    { key: 'port', value: String(smtp.port) },
    { key: 'sender', value: 'Demo Retail <help@demo-retail.test>' },
  ];
  const credentials = Object.entries(SMTP_SINK_LOGIN).map(([key, value]) => ({ key, value }));
  const input = { name: `SMTP ${randomUUID().slice(0, 6)}`, kind: 'SMTP' as const, settings, credentials };
  const { configureProvider } = await request(url(), ConfigureProviderDocument, { input }, { token: env.company.adminToken });
  expect(configureProvider.errors).toEqual([]);
  support = await env.company.operator('SUPPORT');
});
afterAll(() => smtp?.close());

const open = (token: string, topic: string, text: string) => request(url(), OpenTicketDocument, { input: { topic, text } }, { token });
const reply = (token: string, ticketId: string, text: string) => request(url(), ReplyToTicketDocument, { input: { ticketId, text } }, { token });
/** The ticket.answered message queued for the member, once its event has been handled. */
const answeredMessage = (memberId: string) =>
  eventually(async () => {
    const [row] = await querySql<{ channel: string; status: string }>(
      env.platform,
      "SELECT channel::text, status::text FROM communications.messages WHERE kind = 'ticket.answered' AND member_id = $1",
      [memberId],
    );
    return row;
  }, 'the member told of the answer');

test('a member asks from the app, support answers from the queue, the member is emailed and reads the thread; writing again reopens it', async () => {
  const { member, input, token } = await registerSignedInMember(env.platform, env.company);
  const { openTicket } = await open(token, 'Missing points', 'My points for Saturday’s purchase did not arrive.');
  expect(openTicket.errors).toEqual([]);
  const ticketId = openTicket.ticket?.id as string;
  expect(openTicket.ticket).toMatchObject({ memberId: member.id, topic: 'Missing points', state: 'OPEN', messages: [{ author: 'MEMBER' }] });

  // The queue shows it; the agent answers.
  const { tickets } = await request(url(), TicketsDocument, { state: 'OPEN' }, { token: support });
  expect(tickets.map((ticket) => ticket.id)).toContain(ticketId);
  const { replyToTicket } = await reply(support, ticketId, 'They are there now: the till was offline. Sorry!');
  expect(replyToTicket.ticket).toMatchObject({
    state: 'ANSWERED',
    messages: [{ author: 'MEMBER' }, { author: 'SUPPORT', text: 'They are there now: the till was offline. Sorry!' }],
  });

  // No app installed: the member is told by email, and reads the thread in the app.
  const mail = await smtp.waitFor(input.email as string);
  expect(mail.subject).toBe('Support answered: Missing points');
  expect(await answeredMessage(member.id)).toEqual({ channel: 'EMAIL', status: 'SENT' });
  const { me } = await request(url(), MyFeedbackDocument, {}, { token });
  expect(me?.feedback).toEqual([expect.objectContaining({ id: ticketId, state: 'ANSWERED', messages: [expect.anything(), expect.anything()] })]);

  // Writing again opens it; support closes it.
  expect((await reply(token, ticketId, 'Thanks, all good.')).replyToTicket.ticket?.state).toBe('OPEN');
  const { setTicketState } = await request(url(), SetTicketStateDocument, { input: { ticketId, state: 'CLOSED' } }, { token: support });
  expect(setTicketState.ticket?.state).toBe('CLOSED');
  expect((await request(url(), TicketDocument, { id: ticketId }, { token: support })).ticket?.messages).toHaveLength(3);
});

test('the member with the app is told there by push; one with neither app nor email by SMS', async () => {
  const withApp = await registerSignedInMember(env.platform, env.company);
  const fcmToken = `${randomBytes(11).toString('base64url')}:APA91b${randomBytes(100).toString('base64url')}`;
  await request(url(), RegisterDeviceDocument, { input: { service: 'FCM', token: fcmToken } }, { token: withApp.token });
  const phoneOnly = await registerSignedInMember(env.platform, env.company, { email: null });
  for (const { token } of [withApp, phoneOnly]) {
    const { openTicket } = await open(token, 'Card', 'Where is my card?');
    await reply(support, openTicket.ticket?.id as string, 'In the app, under Cards.');
  }
  expect((await answeredMessage(withApp.member.id)).channel).toBe('PUSH');
  expect((await answeredMessage(phoneOnly.member.id)).channel).toBe('SMS');
});

test('only the member and support of their company see or answer a ticket; bad input changes nothing; an opt-out erases it', async () => {
  const owner = await registerSignedInMember(env.platform, env.company);
  const other = await registerSignedInMember(env.platform, env.company);
  const { openTicket } = await open(owner.token, 'Private', 'Something personal.');
  const ticketId = openTicket.ticket?.id as string;

  // Another member: not found, and not in their feedback; staff of another role or company: refused or not found.
  expect((await reply(other.token, ticketId, 'Hijack')).replyToTicket.errors.map((e) => e.code)).toEqual(['TICKET_NOT_FOUND']);
  expect((await request(url(), MyFeedbackDocument, {}, { token: other.token })).me?.feedback).toEqual([]);
  const operator = await env.company.operator('OPERATOR');
  const refused = await request(url(), TicketsDocument, {}, { token: operator }).then(
    () => 'answered',
    (error: Error) => error.message,
  );
  expect(refused).toMatch(/FORBIDDEN|role/);
  expect((await request(url(), MemberFeedbackDocument, { id: owner.member.id }, { token: operator })).member?.feedback).toEqual([]);
  const elsewhere = await seedCompany(env.platform);
  const foreignSupport = await elsewhere.operator('SUPPORT');
  expect((await request(url(), TicketDocument, { id: ticketId }, { token: foreignSupport })).ticket).toBeNull();
  expect((await reply(foreignSupport, ticketId, 'Hello')).replyToTicket.errors.map((e) => e.code)).toEqual(['TICKET_NOT_FOUND']);
  const till = await seedTerminal(env.platform, env.company.adminToken);
  const fromTill = await open(till.token, 'Till', 'A till asking').then(
    () => 'answered',
    (error: Error) => error.message,
  );
  expect(fromTill).toMatch(/FORBIDDEN|member/i);

  // Bad input: typed errors, nothing written.
  const before = await querySql(
    env.platform,
    'SELECT 1 FROM communications.ticket_messages m JOIN communications.tickets t ON t.id = m.ticket_id WHERE t.member_id = $1',
    [owner.member.id],
  );
  expect((await open(owner.token, '  ', 'Text')).openTicket.errors.map((e) => [e.code, e.field])).toEqual([['INVALID_INPUT', 'topic']]);
  expect((await open(owner.token, 'x'.repeat(101), 'Text')).openTicket.errors.map((e) => [e.code, e.field])).toEqual([['INVALID_INPUT', 'topic']]);
  expect((await reply(owner.token, ticketId, 'y'.repeat(5001))).replyToTicket.errors.map((e) => [e.code, e.field])).toEqual([['INVALID_INPUT', 'text']]);
  expect((await reply(owner.token, 'not-an-id', 'Hello')).replyToTicket.errors.map((e) => e.code)).toEqual(['TICKET_NOT_FOUND']);
  const after = await querySql(
    env.platform,
    'SELECT 1 FROM communications.ticket_messages m JOIN communications.tickets t ON t.id = m.ticket_id WHERE t.member_id = $1',
    [owner.member.id],
  );
  expect(after).toHaveLength(before.length);

  // The member leaves: their tickets go with them.
  await request(url(), OptOutDocument, { input: {} }, { token: owner.token });
  await eventually(async () => {
    const rows = await querySql(env.platform, 'SELECT 1 FROM communications.tickets WHERE member_id = $1', [owner.member.id]);
    return rows.length === 0 ? true : undefined;
  }, 'the tickets erased');
  expect(await querySql(env.platform, 'SELECT 1 FROM communications.ticket_messages WHERE ticket_id = $1', [ticketId])).toEqual([]);
});
