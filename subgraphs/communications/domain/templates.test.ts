import { templateProblems } from './template-check';
import { fillTemplate, variablesIn } from './template-text';
import { KINDS, MESSAGE_KINDS, renderMessage } from './templates';

const now = new Date('2026-11-26T12:00:00Z');
const problems = (...args: Parameters<typeof templateProblems>) => templateProblems(...args).map((p) => [p.code, p.field]);

test('variables are filled in; in HTML escaped, but for the platform’s own HTML', () => {
  expect(variablesIn('{{code}} and {{ code }} and {{shop}}')).toEqual(['code', 'shop']);
  expect(fillTemplate('Hi {{firstName}}, {{missing}}!', { firstName: 'Mia' })).toBe('Hi Mia, !');
  expect(fillTemplate('<p>{{shop}}</p>{{receiptHtml}}', { shop: 'A&B', receiptHtml: '<table></table>' }, 'html')).toBe('<p>A&#38;B</p><table></table>');
});

test('the platform’s own wording is a valid template of every kind over each of its channels, and fits its SMS parts', () => {
  for (const kind of MESSAGE_KINDS) {
    const { subject, text, html } = KINDS[kind].builtIn;
    for (const channel of KINDS[kind].channels) {
      const template = { subject: channel === 'SMS' ? null : subject, text, html: channel === 'EMAIL' ? html : null };
      expect([kind, channel, templateProblems(kind, channel, template)]).toEqual([kind, channel, []]);
    }
  }
});

test('a template for a channel its message never goes over is refused', () => {
  expect(problems('member.registered', 'EMAIL', { subject: null, text: 'Hi {{firstName}}', html: null })).toEqual([['INVALID_INPUT', 'channel']]);
});

test('a company’s template is used with the same variables', () => {
  const template = { subject: null, text: 'Код {{code}}: {{purpose}}, {{minutes}} мин.', html: null };
  const kept = { code: '123456', expiresAt: '2026-11-26T12:10:00Z', purpose: 'LOGIN' };
  expect(renderMessage('verification.code_requested', kept, now, template).text).toBe('Код 123456: sign-in, 10 мин.');
  expect(renderMessage('verification.code_requested', kept, now).text).toBe('123456 is your sign-in code. Valid for 10 min. Never share it.');
});

test('unknown and missing variables, parts the channel lacks, and an SMS too long are all reported at once', () => {
  expect(problems('purchase.payment_code_requested', 'SMS', { subject: 'Pay', text: 'Pay {{amount}} now', html: '<b>x</b>' })).toEqual([
    ['INVALID_INPUT', 'subject'],
    ['INVALID_INPUT', 'html'],
    ['TEMPLATE_VARIABLE_UNKNOWN', 'text'],
    ['TEMPLATE_VARIABLE_MISSING', 'text'],
  ]);
  expect(problems('bonuses.expiring', 'PUSH', { subject: '{{nope}}', text: '{{amount}} by {{date}}', html: null })).toEqual([
    ['TEMPLATE_VARIABLE_UNKNOWN', 'subject'],
  ]);
  // Whatever stands between double braces must be a variable: these are not sent as they stand.
  for (const odd of ['{{__proto__}}', '{{constructor}}', '{{ first name }}', '{{}}'])
    expect([odd, problems('bonuses.expiring', 'SMS', { subject: null, text: `{{amount}} by {{date}} ${odd}`, html: null })]).toEqual([
      odd,
      [['TEMPLATE_VARIABLE_UNKNOWN', 'text']],
    ]);
  expect(fillTemplate('Hi {{constructor}}{{toString}}', {})).toBe('Hi ');
  expect(problems('card.issued', 'SMS', { subject: null, text: ' ', html: null })).toEqual([
    ['INVALID_INPUT', 'text'],
    ['TEMPLATE_VARIABLE_MISSING', 'text'],
  ]);
});

test('SMS length is judged with the variables at their longest: a code two parts, others four', () => {
  const padding = (n: number) => 'x'.repeat(n);
  // GSM-7: two parts hold 306 characters; the code is 6 of them.
  expect(problems('verification.code_requested', 'SMS', { subject: null, text: `{{code}} ${padding(299)}`, html: null })).toEqual([]);
  expect(problems('verification.code_requested', 'SMS', { subject: null, text: `{{code}} ${padding(300)}`, html: null })).toEqual([['SMS_TOO_LONG', 'text']]);
  // UCS-2 (Cyrillic): a card number at its longest (19 digits) plus 250 letters takes 5 parts of 67.
  const cyrillic = { subject: null, text: `Карта {{cardNumber}} ${'ж'.repeat(250)}`, html: null };
  expect(problems('card.issued', 'SMS', cyrillic)).toEqual([['SMS_TOO_LONG', 'text']]);
  expect(templateProblems('card.issued', 'SMS', cyrillic)[0]?.message).toMatch(/5 SMS parts \(UCS2\).*at most 4/);
});
