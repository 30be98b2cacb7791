import { CODE_MASK, inboxCopyOf } from './inbox';

test('a code is masked wherever it appears; the rest is kept as sent', () => {
  const copy = inboxCopyOf(
    { memberId: 'm1', kind: 'verification.code_requested' },
    { subject: 'Your code 482913', text: 'Code 482913, valid 5 minutes. Never share 482913.' },
    '482913',
  );
  expect(copy).toEqual({ subject: `Your code ${CODE_MASK}`, text: `Code ${CODE_MASK}, valid 5 minutes. Never share ${CODE_MASK}.` });
  expect(JSON.stringify(copy)).not.toContain('482913');
});

test('a message without a code is kept whole; one for no member keeps nothing, unless it is a registration code', () => {
  expect(inboxCopyOf({ memberId: 'm1', kind: 'bonuses.accrued' }, { subject: null, text: 'You earned 12.50' })).toEqual({
    subject: null,
    text: 'You earned 12.50',
  });
  expect(inboxCopyOf({ memberId: null, kind: 'limits.alert' }, { subject: 'Limit reached', text: 'Terminal 4' })).toBeNull();
  expect(inboxCopyOf({ memberId: null, kind: 'verification.code_requested' }, { subject: null, text: 'Code 111222' }, '111222')).toEqual({
    subject: null,
    text: `Code ${CODE_MASK}`,
  });
});
