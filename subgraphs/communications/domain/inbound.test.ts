import { classifyInbound, registrationKeywordProblem } from './inbound';

test('STOP and its synonyms alone, in any case and with punctuation, withdraw consent', () => {
  for (const text of ['STOP', 'stop', ' Stop! ', 'unsubscribe', 'Quit.', 'стоп']) expect(classifyInbound(text, null)).toBe('STOP');
  expect(classifyInbound('please stop sending', 'JOIN')).toBe('SUPPORT');
  expect(classifyInbound('stopping by later', null)).toBe('SUPPORT');
});

test('the company’s keyword alone registers; without a keyword, or with other words, it is for support', () => {
  expect(classifyInbound('join', 'JOIN')).toBe('REGISTRATION');
  expect(classifyInbound('Join!', 'join')).toBe('REGISTRATION');
  expect(classifyInbound('join', null)).toBe('SUPPORT');
  expect(classifyInbound('join me', 'JOIN')).toBe('SUPPORT');
  expect(classifyInbound('', 'JOIN')).toBe('SUPPORT');
});

test('a keyword is one word that is not a STOP word', () => {
  expect(registrationKeywordProblem('JOIN')).toBeNull();
  expect(registrationKeywordProblem('Bonus2026')).toBeNull();
  expect(registrationKeywordProblem('join now')).toMatch(/one word/);
  expect(registrationKeywordProblem('J')).toMatch(/one word/);
  expect(registrationKeywordProblem('stop')).toMatch(/STOP/);
});
