import type { Channel } from '../data/prisma';
import { emailHtmlProblem } from './email-html';
import { CommunicationsError } from './errors';
import { smsParts } from './sms-encoding';
import { MAX_SMS_PARTS } from './template-check';
import { fillTemplate, variablesIn } from './template-text';
import { isWebAddress, viberContentProblem } from './viber-content';

/**
 * What a mailing says, each channel taking its own parts: an SMS a text; an email a subject, a text
 * and an HTML body (with its images and links); a push a text, an image or both, with an optional
 * title (subject); Viber a text, an image and a button in the combinations it shows; a social
 * network a text put into a template the network moderated (its id).
 */
export interface MailingContent {
  subject: string | null;
  text: string | null;
  html: string | null;
  imageUrl: string | null;
  button: { caption: string; url: string } | null;
  socialTemplateId: string | null;
}

/** The variables a mailing's texts may use, each with the longest value it takes in practice (an SMS's parts are judged by them). */
export const MAILING_VARIABLES: Record<string, string> = {
  firstName: 'Alexandra-Katharina',
  lastName: 'Montgomery-Featherstonehaugh',
  shop: 'A retail chain with a long name',
};

const LIMITS = { subject: 200, text: { EMAIL: 5000, other: 1000 }, html: 200_000 } as const;

const PARTS_OF: Record<Channel, Array<keyof MailingContent>> = {
  SMS: ['text'],
  EMAIL: ['subject', 'text', 'html'],
  PUSH: ['subject', 'text', 'imageUrl'],
  VIBER: ['text', 'imageUrl', 'button'],
  SOCIAL: ['text', 'socialTemplateId'],
};

const invalid = (field: string, problem: string) => new CommunicationsError('INVALID_INPUT', `${field}: ${problem}`, field);

/** Every problem of a mailing's content for its channel at once (empty: the channel takes it). */
export function mailingContentProblems(channel: Channel, content: MailingContent): CommunicationsError[] {
  const problems: CommunicationsError[] = [];
  const allowed = PARTS_OF[channel];
  for (const part of Object.keys(content) as Array<keyof MailingContent>) {
    if (content[part] !== null && !allowed.includes(part)) problems.push(invalid(part, `a ${channel} mailing has ${allowed.join(', ')} only`));
  }
  const { subject, text, html, imageUrl, button, socialTemplateId } = content;
  if (subject !== null && subject.length > LIMITS.subject) problems.push(invalid('subject', `at most ${LIMITS.subject} characters`));
  const textLimit = channel === 'EMAIL' ? LIMITS.text.EMAIL : LIMITS.text.other;
  if (text !== null && text.length > textLimit) problems.push(invalid('text', `at most ${textLimit} characters`));
  if (html !== null && html.length > LIMITS.html) problems.push(invalid('html', `at most ${LIMITS.html} characters`));
  if (channel === 'EMAIL' && !subject) problems.push(invalid('subject', 'an email needs a subject'));
  if (['SMS', 'EMAIL', 'SOCIAL'].includes(channel) && !text) problems.push(invalid('text', 'required'));
  if (channel === 'PUSH' && !text && !imageUrl) problems.push(invalid('text', 'a push shows a text, an image or both'));
  if (imageUrl !== null && !isWebAddress(imageUrl)) problems.push(invalid('imageUrl', 'the image must be an http(s) URL'));
  const htmlProblem = html === null ? null : emailHtmlProblem(html);
  if (htmlProblem) problems.push(invalid('html', htmlProblem));
  if (channel === 'VIBER') {
    const viber = viberContentProblem({ text: text || null, imageUrl, button });
    if (viber) problems.push(invalid(viber.field, viber.problem));
  }
  if (channel === 'SOCIAL' && !/^\w{1,64}$/.test(socialTemplateId ?? ''))
    problems.push(invalid('socialTemplateId', 'the id of the template the network moderated (letters, digits and _)'));
  for (const [part, value] of [
    ['subject', subject],
    ['text', text],
    ['html', html],
  ] as const) {
    for (const name of variablesIn(value ?? '').filter((name) => !Object.hasOwn(MAILING_VARIABLES, name))) {
      problems.push(
        new CommunicationsError(
          'TEMPLATE_VARIABLE_UNKNOWN',
          `${part}: {{${name}}} is not a variable of mailings; they have ${Object.keys(MAILING_VARIABLES).join(', ')}`,
          part,
        ),
      );
    }
  }
  if (channel === 'SMS' && text) {
    const { parts, encoding } = smsParts(fillTemplate(text, MAILING_VARIABLES));
    if (parts.length > MAX_SMS_PARTS.other)
      problems.push(
        new CommunicationsError(
          'SMS_TOO_LONG',
          `text: takes ${parts.length} SMS parts (${encoding}) with its variables at their longest; at most ${MAX_SMS_PARTS.other}`,
          'text',
        ),
      );
  }
  return problems;
}

/** What a mailing's variables stand for, for one member. */
export function mailingValuesFor(member: { firstName: string | null; lastName: string | null }, shop: string): Record<string, string> {
  return { firstName: member.firstName ?? '', lastName: member.lastName ?? '', shop };
}

/** A mailing's message as it goes to one member: the content with their values put in. */
export interface RenderedMailing {
  subject: string | null;
  text: string;
  html?: string;
  imageUrl?: string;
  button?: { caption: string; url: string };
  socialTemplateId?: string;
}

export function renderMailing(content: MailingContent, values: Record<string, string>): RenderedMailing {
  const rendered: RenderedMailing = {
    subject: content.subject ? fillTemplate(content.subject, values) : null,
    text: fillTemplate(content.text ?? '', values),
  };
  if (content.html) rendered.html = fillTemplate(content.html, values, 'html');
  if (content.imageUrl) rendered.imageUrl = content.imageUrl;
  if (content.button) rendered.button = content.button;
  if (content.socialTemplateId) rendered.socialTemplateId = content.socialTemplateId;
  return rendered;
}

/** The SMS parts a rendered text takes, and in which encoding. */
export function smsSegmentsOf(text: string) {
  const { parts, encoding } = smsParts(text);
  return { segments: parts.length, encoding };
}
