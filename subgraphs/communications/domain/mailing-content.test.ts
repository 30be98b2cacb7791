import { type MailingContent, mailingContentProblems, mailingValuesFor, renderMailing } from './mailing-content';

const none: MailingContent = { subject: null, text: null, html: null, imageUrl: null, button: null, socialTemplateId: null };
const problemsOf = (channel: Parameters<typeof mailingContentProblems>[0], content: Partial<MailingContent>) =>
  mailingContentProblems(channel, { ...none, ...content }).map((problem) => [problem.code, problem.field]);

test('each channel takes its own parts and refuses the others, naming them', () => {
  expect(problemsOf('SMS', { text: 'Hi {{firstName}}' })).toEqual([]);
  expect(problemsOf('SMS', { text: 'Hi', subject: 'S', imageUrl: 'https://a.example/i.png' })).toEqual([
    ['INVALID_INPUT', 'subject'],
    ['INVALID_INPUT', 'imageUrl'],
  ]);
  expect(problemsOf('EMAIL', { subject: 'News', text: 'Hi', html: '<p>Hi</p>' })).toEqual([]);
  expect(problemsOf('EMAIL', { text: 'Hi' })).toEqual([['INVALID_INPUT', 'subject']]);
  expect(problemsOf('PUSH', { imageUrl: 'https://a.example/i.png' })).toEqual([]);
  expect(problemsOf('PUSH', { subject: 'Title', text: 'Hi' })).toEqual([]);
  expect(problemsOf('PUSH', {})).toEqual([['INVALID_INPUT', 'text']]);
  expect(problemsOf('PUSH', { text: 'Hi', imageUrl: 'ftp://a.example/i.png' })).toEqual([['INVALID_INPUT', 'imageUrl']]);
  expect(problemsOf('SOCIAL', { text: 'Hi', socialTemplateId: '4711' })).toEqual([]);
  expect(problemsOf('SOCIAL', { text: 'Hi', socialTemplateId: 'no spaces' })).toEqual([['INVALID_INPUT', 'socialTemplateId']]);
});

test('Viber: a text alone, with a button, with an image and a button, or an image with a button', () => {
  const button = { caption: 'Open', url: 'https://shop.example/offer' };
  const imageUrl = 'https://shop.example/banner.png';
  expect(problemsOf('VIBER', { text: 'Hi' })).toEqual([]);
  expect(problemsOf('VIBER', { text: 'Hi', button })).toEqual([]);
  expect(problemsOf('VIBER', { text: 'Hi', imageUrl, button })).toEqual([]);
  expect(problemsOf('VIBER', { imageUrl, button })).toEqual([]);
  expect(problemsOf('VIBER', { text: 'Hi', imageUrl })).toEqual([['INVALID_INPUT', 'button']]);
  expect(problemsOf('VIBER', { button })).toEqual([['INVALID_INPUT', 'text']]);
});

test('variables are the member’s names and the program’s; an SMS is judged with them at their longest', () => {
  expect(problemsOf('SMS', { text: 'You have {{points}} points, {{ firstName }}' })).toEqual([['TEMPLATE_VARIABLE_UNKNOWN', 'text']]);
  expect(problemsOf('EMAIL', { subject: '{{code}}', text: 'Hi' })).toEqual([['TEMPLATE_VARIABLE_UNKNOWN', 'subject']]);
  // 4 GSM-7 parts hold 612 characters; the longest first name (19 characters) takes 600 over them.
  expect(problemsOf('SMS', { text: 'x'.repeat(600) })).toEqual([]);
  expect(problemsOf('SMS', { text: `{{firstName}}${'x'.repeat(600)}` })).toEqual([['SMS_TOO_LONG', 'text']]);
  // One character outside GSM-7 makes the whole text UCS-2: 4 parts of 67.
  expect(problemsOf('SMS', { text: `ж${'x'.repeat(267)}` })).toEqual([]);
  expect(problemsOf('SMS', { text: `ж${'x'.repeat(268)}` })).toEqual([['SMS_TOO_LONG', 'text']]);
});

test('an email’s links and images go to web or mail addresses only', () => {
  const email = (html: string) => problemsOf('EMAIL', { subject: 'S', text: 'T', html });
  expect(email('<a href="https://shop.example">x</a><img src="http://shop.example/i.png"><a href="mailto:help@shop.example">h</a>')).toEqual([]);
  expect(email('<a href="javascript:alert(1)">x</a>')).toEqual([['INVALID_INPUT', 'html']]);
  expect(email("<img src='data:image/png;base64,AAAA'>")).toEqual([['INVALID_INPUT', 'html']]);
});

test('rendering puts each member’s values in, escaped in HTML, and leaves missing names empty', () => {
  const content = { ...none, subject: 'For {{firstName}}', text: 'Hi {{firstName}} {{lastName}} at {{shop}}', html: '<p>{{firstName}}</p>' };
  expect(renderMailing(content, mailingValuesFor({ firstName: '<Eve>', lastName: null }, 'Shop & Co'))).toEqual({
    subject: 'For <Eve>',
    text: 'Hi <Eve>  at Shop & Co',
    html: '<p>&#60;Eve&#62;</p>',
  });
});
