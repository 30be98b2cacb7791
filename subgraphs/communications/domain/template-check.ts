import type { Channel } from '../data/prisma';
import { CommunicationsError } from './errors';
import { smsParts } from './sms-encoding';
import { variablesIn } from './template-text';
import { channelsOf, longestRendering, type MessageKind, type MessageTemplate, templateVariablesOf } from './templates';

/** SMS parts a text may take with its variables at their longest: a code's message must come whole and fast. */
export const MAX_SMS_PARTS = { code: 2, other: 4 } as const;
const LIMITS = { subject: 200, text: 5000, html: 200_000, short: 1000 } as const;

const isCode = (kind: MessageKind) => templateVariablesOf(kind).required.includes('code');

/**
 * Every problem of a template at once: parts its channel does not have, lengths, variables its kind
 * does not know or must show, and an SMS that would take too many parts.
 */
export function templateProblems(kind: MessageKind, channel: Channel, template: MessageTemplate): CommunicationsError[] {
  const problems: CommunicationsError[] = [];
  const { allowed, required } = templateVariablesOf(kind);
  const parts = { subject: template.subject, text: template.text, html: template.html };
  if (!channelsOf(kind).includes(channel)) {
    problems.push(new CommunicationsError('INVALID_INPUT', `channel: this message goes by ${channelsOf(kind).join(' or ')} only`, 'channel'));
  }
  if (!template.text.trim()) problems.push(new CommunicationsError('INVALID_INPUT', 'text: required', 'text'));
  // A subject is an email's subject or a push's title; HTML is email's alone.
  if (parts.subject && channel !== 'EMAIL' && channel !== 'PUSH')
    problems.push(new CommunicationsError('INVALID_INPUT', 'subject: email and push only', 'subject'));
  if (parts.html && channel !== 'EMAIL') problems.push(new CommunicationsError('INVALID_INPUT', 'html: email only', 'html'));
  const textLimit = channel === 'EMAIL' ? LIMITS.text : LIMITS.short;
  for (const [part, limit] of [
    ['subject', LIMITS.subject],
    ['text', textLimit],
    ['html', LIMITS.html],
  ] as const) {
    if ((parts[part]?.length ?? 0) > limit) problems.push(new CommunicationsError('INVALID_INPUT', `${part}: at most ${limit} characters`, part));
  }
  for (const [part, content] of Object.entries(parts)) {
    for (const name of variablesIn(content ?? '').filter((name) => !allowed.includes(name))) {
      problems.push(
        new CommunicationsError('TEMPLATE_VARIABLE_UNKNOWN', `${part}: {{${name}}} is not a variable of this message; it has ${allowed.join(', ')}`, part),
      );
    }
  }
  const shown = variablesIn(template.text);
  for (const name of required.filter((name) => !shown.includes(name))) {
    problems.push(new CommunicationsError('TEMPLATE_VARIABLE_MISSING', `text: must show {{${name}}}`, 'text'));
  }
  if (channel === 'SMS' && template.text.trim()) {
    const most = isCode(kind) ? MAX_SMS_PARTS.code : MAX_SMS_PARTS.other;
    const { parts: sms, encoding } = smsParts(longestRendering(kind, template.text));
    if (sms.length > most) {
      problems.push(
        new CommunicationsError(
          'SMS_TOO_LONG',
          `text: takes ${sms.length} SMS parts (${encoding}) with its variables at their longest; at most ${most}`,
          'text',
        ),
      );
    }
  }
  return problems;
}
