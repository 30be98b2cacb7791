import type { MailingContact } from '../../../infra/views/member-contact';
import { type MailingContent, mailingValuesFor } from './mailing-content';
import { emptyTally, tallyMailingPage } from './mailing-estimate';
import { mailingMessagesFor } from './mailing-recipients';
import { messageIdFor } from './message-id';

const contact = (memberId: string, overrides: Partial<MailingContact> = {}): MailingContact => ({
  memberId,
  phone: `+4915100000${memberId}`,
  email: `${memberId}@example.test`,
  firstName: 'Anna',
  lastName: null,
  language: null,
  timeZone: 'Europe/Berlin',
  marketingConsents: ['SMS', 'EMAIL', 'PUSH'],
  blocked: false,
  ...overrides,
});
const content: MailingContent = { subject: null, text: 'Hi {{firstName}}, 20% off today', html: null, imageUrl: null, button: null, socialTemplateId: null };
const values = (c: MailingContact) => mailingValuesFor(c, 'Shop');
const apps = (memberId: string) =>
  memberId === '4'
    ? [
        { id: 'a', token: 'fcm-token', service: 'FCM' as const },
        { id: 'b', token: 'apns-token', service: 'APNS' as const },
      ]
    : [];

const audience = [
  contact('1'),
  contact('2', { firstName: 'Даша' }),
  contact('3', { marketingConsents: ['EMAIL'] }),
  contact('4', { phone: null }),
  contact('5', { blocked: true }),
];

test('an SMS mailing counts each recipient’s parts as rendered for them, and who it leaves out and why', () => {
  const tally = emptyTally();
  tallyMailingPage(tally, { channel: 'SMS', content: { ...content, text: `Hi {{firstName}}, ${'x'.repeat(70)}` } }, audience, apps, values);
  // Anna's 79 characters fit one GSM-7 part (160); Даша's make UCS-2, over one part's 70: two of 67.
  expect(tally).toMatchObject({ members: 5, recipients: 2, messages: 2, segments: 3, byEncoding: { GSM7: 1, UCS2: 1 } });
  expect(tally.excluded).toEqual({ NO_CONSENT: 1, NO_CONTACT: 1, BLOCKED: 1 });
  expect([...tally.byRoute]).toEqual([['', { messages: 2, segments: 3 }]]);
});

test('a push goes to each app installation, counted by push service', () => {
  const tally = emptyTally();
  tallyMailingPage(tally, { channel: 'PUSH', content }, audience, apps, values);
  expect(tally).toMatchObject({ members: 5, recipients: 1, messages: 2, segments: 0 });
  expect(tally.excluded).toEqual({ NO_CONSENT: 1, NO_CONTACT: 2, BLOCKED: 1 });
  expect(Object.fromEntries(tally.byRoute)).toEqual({ FCM: { messages: 1, segments: 0 }, APNS: { messages: 1, segments: 0 } });
});

test('a page of messages: one per destination with a stable id, one recording why for each member left out', () => {
  const notBefore = new Date('2026-11-28T07:00:00Z');
  const page = () => mailingMessagesFor({ id: 'mailing-1', channel: 'SMS' }, audience, apps, values, () => notBefore, messageIdFor);
  const messages = page();
  expect(messages.map((m) => [m.memberId, m.status, m.destination, m.reason !== null])).toEqual([
    ['1', 'QUEUED', '+49151000001', false],
    ['2', 'QUEUED', '+49151000002', false],
    ['3', 'UNSUBSCRIBED', '', true],
    ['4', 'UNDELIVERABLE', '', true],
    ['5', 'UNDELIVERABLE', '', true],
  ]);
  expect(messages[1]).toMatchObject({ variables: { firstName: 'Даша', lastName: '', shop: 'Shop' }, notBefore });
  // Listed again (after a restart), the page makes the same ids: nothing is queued twice.
  expect(page().map((m) => m.id)).toEqual(messages.map((m) => m.id));
  expect(new Set(messages.map((m) => m.id)).size).toBe(5);
});
