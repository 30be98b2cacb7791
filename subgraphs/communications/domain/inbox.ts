/** What a member's inbox shows of a message: what they read, as it went out. */
export interface InboxCopy {
  subject: string | null;
  text: string;
}

/** Where a code stood in a message the inbox shows: the code itself is never kept. */
export const CODE_MASK = '••••••';

/** The one kind sent before its member exists (a registration code), which becomes theirs when they register. */
const CODE_BEFORE_MEMBERSHIP = 'verification.code_requested';

/**
 * The inbox copy of a message that went out: its subject and text with the code masked wherever it
 * appears. Messages that are no member's (staff's alerts) keep no text, as before.
 */
export function inboxCopyOf(
  message: { memberId: string | null; kind: string },
  rendered: { subject: string | null; text: string },
  code?: string,
): InboxCopy | null {
  if (!message.memberId && message.kind !== CODE_BEFORE_MEMBERSHIP) return null;
  const masked = (value: string) => (code ? value.split(code).join(CODE_MASK) : value);
  return { subject: rendered.subject === null ? null : masked(rendered.subject), text: masked(rendered.text) };
}
