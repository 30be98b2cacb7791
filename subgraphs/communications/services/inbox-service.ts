import { GraphQLError } from 'graphql';
import { ForbiddenError } from '../../../infra/auth/forbidden';
import type { Identity } from '../../../infra/auth/identity';
import { isUuid } from '../../../infra/text/uuid';
import { countUnread, type InboxPosition, inboxIdsAmong, inboxPage, inboxWhere, setRead } from '../data/inbox-store';
import type { Message, Prisma } from '../data/prisma';
import { CommunicationsError } from '../domain/errors';
import type { CommunicationsDeps } from './deps';

/** Staff who may read a member's inbox with them: the contact center, support agents and admins. */
const STAFF_ROLES: ReadonlySet<string> = new Set(['ADMIN', 'OPERATOR', 'SUPPORT']);

/** At most this many messages are marked by id in one call. */
export const MAX_MARKED = 200;

/** A page cursor: where a message stands in the inbox's order (when it went out, then its id). */
export function inboxCursor(message: { sentAt: Date | null; createdAt: Date; id: string }): string {
  return Buffer.from(`${(message.sentAt ?? message.createdAt).toISOString()}|${message.id}`).toString('base64url');
}

function positionOf(cursor: string): InboxPosition {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const sentAt = new Date(at ?? '');
  if (!id || !isUuid(id) || Number.isNaN(sentAt.getTime())) throw new GraphQLError('Invalid cursor', { extensions: { code: 'BAD_USER_INPUT' } });
  return { sentAt, id };
}

/**
 * The member's inbox: what was sent to them (event messages, mailings, codes masked), read by the
 * member and by support staff of their company; only the member marks messages read or unread.
 */
export function createInboxService(deps: CommunicationsDeps) {
  return {
    /** Which messages the caller may see of the member's inbox; null when none (another member, a till, another company). */
    visibleInbox(identity: Identity, memberId: string): Prisma.MessageWhereInput | null {
      if (identity.kind === 'member') return identity.memberId === memberId ? inboxWhere(memberId) : null;
      if (identity.kind === 'operator' && STAFF_ROLES.has(identity.role) && isUuid(memberId)) return inboxWhere(memberId, identity.companyId);
      return null;
    },

    /**
     * A page of the member's inbox as the caller may see it (empty when they may not), newest first,
     * after or before a cursor (`inboxCursor`); a cursor that is not one of ours is refused.
     */
    async page(
      identity: Identity,
      memberId: string,
      page: { after?: string; before?: string; limit: number; inverted: boolean; unreadOnly: boolean },
    ): Promise<Message[]> {
      const where = this.visibleInbox(identity, memberId);
      if (!where) return [];
      return inboxPage(deps.db, page.unreadOnly ? { ...where, readAt: null } : where, {
        olderThan: page.after === undefined ? undefined : positionOf(page.after),
        newerThan: page.before === undefined ? undefined : positionOf(page.before),
        limit: page.limit,
        oldestFirst: page.inverted,
      });
    },

    /** Unread messages of the member's inbox; null when the caller may not see it. */
    async unreadCount(identity: Identity, memberId: string): Promise<number | null> {
      if (identity.kind !== 'member' || identity.memberId !== memberId) return null;
      return countUnread(deps.db, memberId);
    },

    /** The member marks messages read or unread (`messageIds`, or `all`); answers how many changed. */
    async setMessagesRead(identity: Identity, input: { messageIds?: string[] | null; all?: boolean | null; read: boolean }): Promise<number> {
      if (identity.kind !== 'member') throw new ForbiddenError('Only a member marks their own messages');
      const ids = input.messageIds ?? null;
      if ((ids === null) === !input.all) throw new CommunicationsError('INVALID_INPUT', 'messageIds: give the messages, or all: true, not both', 'messageIds');
      if (ids !== null) {
        if (ids.length === 0 || ids.length > MAX_MARKED)
          throw new CommunicationsError('INVALID_INPUT', `messageIds: 1 to ${MAX_MARKED} messages`, 'messageIds');
        const wellFormed = ids.filter(isUuid);
        const found = await inboxIdsAmong(deps.db, identity.memberId, wellFormed);
        const missing = ids.findIndex((id) => !found.has(id));
        if (missing >= 0) throw new CommunicationsError('MESSAGE_NOT_FOUND', 'No message of your inbox has this id', `messageIds.${missing}`);
      }
      return setRead(deps.db, identity.memberId, ids, input.read, deps.clock.now());
    },
  };
}
