import { CODE_MASK, inboxCopyOf } from './inbox';

test('a code is masked wherever it appears; the rest is kept as sent', () => {
  const copy = inboxCopyOf(
    { memberId: 'm1', kind: 'verification.code_requested', channel: 'EMAIL' },
    { subject: 'Your code 482913', text: 'Code 482913, valid 5 minutes. Never share 482913.' },
    '482913',
  );
  expect(copy).toEqual({ subject: `Your code ${CODE_MASK}`, text: `Code ${CODE_MASK}, valid 5 minutes. Never share ${CODE_MASK}.` });
  expect(JSON.stringify(copy)).not.toContain('482913');
});

test('an SMS shows no subject, whatever its template names for email', () => {
  expect(
    inboxCopyOf({ memberId: 'm1', kind: 'member.registered', channel: 'SMS' }, { subject: 'Welcome', text: 'Welcome to Demo Retail' })?.subject,
  ).toBeNull();
});

test('a message without a code is kept whole; one for no member keeps nothing, unless it is a registration code', () => {
  expect(inboxCopyOf({ memberId: 'm1', kind: 'bonuses.expiring', channel: 'PUSH' }, { subject: 'Soon', text: '12.50 expire' })).toEqual({
    subject: 'Soon',
    text: '12.50 expire',
  });
  expect(inboxCopyOf({ memberId: null, kind: 'limit.alert', channel: 'EMAIL' }, { subject: 'Limit reached', text: 'Terminal 4' })).toBeNull();
  expect(inboxCopyOf({ memberId: null, kind: 'verification.code_requested', channel: 'SMS' }, { subject: null, text: 'Code 111222' }, '111222')).toEqual({
    subject: null,
    text: `Code ${CODE_MASK}`,
  });
});
