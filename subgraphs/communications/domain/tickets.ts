import { CommunicationsError } from './errors';

/** A ticket's topic and each message's text, as people write them. */
export const TOPIC_LIMIT = 100;
export const TEXT_LIMIT = 5000;

export type TicketStateName = 'OPEN' | 'ANSWERED' | 'CLOSED';

/** Text as written, trimmed; refused when empty or too long (or carrying NUL, which no one types). */
export function writtenText(raw: string, field: 'topic' | 'text', limit = field === 'topic' ? TOPIC_LIMIT : TEXT_LIMIT): string {
  const text = raw.trim();
  if (!text || text.length > limit || text.includes('\u0000')) throw new CommunicationsError('INVALID_INPUT', `${field}: 1 to ${limit} characters`, field);
  return text;
}

/**
 * Where a ticket goes when someone writes: the member writing makes it wait for support again (a
 * closed one too: it opens anew); support's reply answers it.
 */
export function stateAfterMessage(author: 'MEMBER' | 'SUPPORT'): TicketStateName {
  return author === 'MEMBER' ? 'OPEN' : 'ANSWERED';
}
