import { requireOperator } from '../../../infra/auth/access';
import { ForbiddenError } from '../../../infra/auth/forbidden';
import type { Identity } from '../../../infra/auth/identity';
import { runTransaction } from '../../../infra/db/transaction';
import { isUuid } from '../../../infra/text/uuid';
import { recordCommunicationsEvents } from '../data/outbox-store';
import type { Ticket, TicketState } from '../data/prisma';
import { addTicketMessage, findTicket, lockTicket, openTicket, setTicketState, ticketQueue, ticketsOfMember } from '../data/tickets-store';
import { CommunicationsError } from '../domain/errors';
import { stateAfterMessage, writtenText } from '../domain/tickets';
import type { CommunicationsDeps } from './deps';

/** Who answers tickets: support agents, and admins. */
const SUPPORT_ROLES = ['ADMIN', 'SUPPORT'] as const;
const SUPPORT: ReadonlySet<string> = new Set(SUPPORT_ROLES);

const notFound = () => new CommunicationsError('TICKET_NOT_FOUND', 'No ticket with this id', 'ticketId');

/**
 * Feedback: members open tickets from the personal account or the app and write in their thread;
 * support agents work the company's queue, reply (the member is told through their preferred
 * channel: the `ticket.answered` event, event-messages.ts) and set the state. A member sees only
 * their own tickets; an opt-out erases them with the rest.
 */
export function createTicketService(deps: CommunicationsDeps) {
  return {
    async openTicket(identity: Identity, input: { topic: string; text: string }) {
      if (identity.kind !== 'member') throw new ForbiddenError('Members open tickets, from the personal account or the app');
      const topic = writtenText(input.topic, 'topic');
      const text = writtenText(input.text, 'text');
      const { memberId, companyId } = identity;
      return runTransaction(deps, async (tx) => {
        const ticket = await openTicket(tx, { companyId, memberId, topic, text, at: deps.clock.now() });
        await recordCommunicationsEvents(tx, identity, [{ type: 'ticket.opened', companyId, memberId, data: { ticketId: ticket.id, memberId } }]);
        return ticket;
      });
    },

    /** The member writes again in their ticket (it waits for support again), or support replies (the member is told). */
    async replyToTicket(identity: Identity, input: { ticketId: string; text: string }) {
      const author = identity.kind === 'member' ? 'MEMBER' : 'SUPPORT';
      const operator = author === 'SUPPORT' ? requireOperator(identity, [...SUPPORT_ROLES]) : null;
      const companyId = identity.kind === 'member' ? identity.companyId : (operator?.companyId as string);
      const text = writtenText(input.text, 'text');
      if (!isUuid(input.ticketId)) throw notFound();
      return runTransaction(deps, async (tx) => {
        const ticket = await lockTicket(tx, companyId, input.ticketId);
        if (!ticket || (identity.kind === 'member' && ticket.memberId !== identity.memberId)) throw notFound();
        const written = await addTicketMessage(tx, ticket.id, {
          author,
          operatorId: operator?.operatorId ?? null,
          text,
          at: deps.clock.now(),
          state: stateAfterMessage(author),
        });
        const data = { ticketId: ticket.id, memberId: ticket.memberId, topic: ticket.topic, messageId: written.message.id };
        await recordCommunicationsEvents(tx, identity, [
          { type: author === 'SUPPORT' ? 'ticket.answered' : 'ticket.member_wrote', companyId, memberId: ticket.memberId, data },
        ]);
        return written.ticket;
      });
    },

    async setTicketState(identity: Identity, input: { ticketId: string; state: TicketState }) {
      const operator = requireOperator(identity, [...SUPPORT_ROLES]);
      if (!isUuid(input.ticketId)) throw notFound();
      return runTransaction(deps, async (tx) => {
        const ticket = await lockTicket(tx, operator.companyId, input.ticketId);
        if (!ticket) throw notFound();
        const changed = await setTicketState(tx, ticket.id, input.state);
        await recordCommunicationsEvents(tx, identity, [
          {
            type: 'ticket.state_changed',
            companyId: operator.companyId,
            memberId: ticket.memberId,
            data: { ticketId: ticket.id, from: ticket.state, to: input.state },
          },
        ]);
        return changed;
      });
    },

    /** Support's queue, the longest waiting first. */
    queue(identity: Identity, filter: { state: TicketState | null; limit: number }) {
      return ticketQueue(deps.db, requireOperator(identity, [...SUPPORT_ROLES]).companyId, filter);
    },

    async ticket(identity: Identity, id: string): Promise<Ticket | null> {
      const operator = requireOperator(identity, [...SUPPORT_ROLES]);
      return isUuid(id) ? findTicket(deps.db, operator.companyId, id) : null;
    },

    /** A member's tickets as the caller may see them: the member's own, or support's of their company; empty for anyone else. */
    async ofMember(identity: Identity, memberId: string, limit: number): Promise<Ticket[]> {
      const own = identity.kind === 'member' && identity.memberId === memberId;
      const support = identity.kind === 'operator' && SUPPORT.has(identity.role);
      if (!(own || support) || !isUuid(memberId)) return [];
      const tickets = await ticketsOfMember(deps.db, memberId, limit);
      return support && identity.kind === 'operator' ? tickets.filter((ticket) => ticket.companyId === identity.companyId) : tickets;
    },
  };
}
