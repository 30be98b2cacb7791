/** What a member's inbox shows of a message: what they read, as it went out. */
export interface InboxCopy {
  subject: string | null;
  text: string;
}

/** Where a code stood in a message the inbox shows: the code itself is never kept. */
export const CODE_MASK = '••••••';

/** The one kind sent before its member exists (a registration code), which becomes theirs when they register. */
const CODE_BEFORE_MEMBERSHIP = 'verification.code_requested';

/** The channels whose messages show a subject (an email's) or a title (a push's); an SMS or Viber message has none. */
const WITH_SUBJECT: ReadonlySet<string> = new Set(['EMAIL', 'PUSH']);

/**
 * The inbox copy of a message that went out: its subject (where its channel shows one) and text,
 * with the code masked wherever it appears. Messages that are no member's (staff's alerts) keep
 * no text, as before.
 */
export function inboxCopyOf(
  message: { memberId: string | null; kind: string; channel: string },
  rendered: { subject: string | null; text: string },
  code?: string,
): InboxCopy | null {
  if (!message.memberId && message.kind !== CODE_BEFORE_MEMBERSHIP) return null;
  const masked = (value: string) => (code ? value.split(code).join(CODE_MASK) : value);
  const subject = WITH_SUBJECT.has(message.channel) && rendered.subject !== null ? masked(rendered.subject) : null;
  return { subject, text: masked(rendered.text) };
}
