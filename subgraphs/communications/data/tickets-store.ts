import type { CommunicationsDb, Ticket, TicketAuthor, TicketMessage, TicketState } from './prisma';

/** Members' tickets to support and their threads. */

export async function openTicket(
  tx: CommunicationsDb,
  ticket: { companyId: string; memberId: string; topic: string; text: string; at: Date },
): Promise<Ticket> {
  const { text, at, ...fields } = ticket;
  return tx.ticket.create({ data: { ...fields, lastMessageAt: at, createdAt: at, messages: { create: { author: 'MEMBER', text, createdAt: at } } } });
}

/** The ticket, locked until the transaction ends (writers of one thread go one at a time). */
export async function lockTicket(tx: CommunicationsDb, companyId: string, id: string): Promise<Ticket | null> {
  const [row] = await tx.$queryRaw<Array<{ id: string }>>`SELECT id::text FROM tickets WHERE id = ${id}::uuid AND company_id = ${companyId}::uuid FOR UPDATE`;
  return row ? tx.ticket.findUnique({ where: { id: row.id } }) : null;
}

/** Adds a message to the thread, moving the ticket to `state`. */
export async function addTicketMessage(
  tx: CommunicationsDb,
  ticketId: string,
  message: { author: TicketAuthor; operatorId: string | null; text: string; at: Date; state: TicketState },
): Promise<{ ticket: Ticket; message: TicketMessage }> {
  const created = await tx.ticketMessage.create({
    data: { ticketId, author: message.author, operatorId: message.operatorId, text: message.text, createdAt: message.at },
  });
  const ticket = await tx.ticket.update({ where: { id: ticketId }, data: { state: message.state, lastMessageAt: message.at } });
  return { ticket, message: created };
}

export function setTicketState(tx: CommunicationsDb, ticketId: string, state: TicketState): Promise<Ticket> {
  return tx.ticket.update({ where: { id: ticketId }, data: { state } });
}

export function findTicket(db: CommunicationsDb, companyId: string, id: string): Promise<Ticket | null> {
  return db.ticket.findFirst({ where: { id, companyId } });
}

/** A member's tickets, newest first. */
export function ticketsOfMember(db: CommunicationsDb, memberId: string, limit: number): Promise<Ticket[]> {
  return db.ticket.findMany({ where: { memberId }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: limit });
}

/** Support's queue: the company's tickets in a state, the longest waiting first. */
export function ticketQueue(db: CommunicationsDb, companyId: string, filter: { state: TicketState | null; limit: number }): Promise<Ticket[]> {
  return db.ticket.findMany({
    where: { companyId, ...(filter.state ? { state: filter.state } : {}) },
    orderBy: [{ lastMessageAt: 'asc' }, { id: 'asc' }],
    take: filter.limit,
  });
}

/** The threads of several tickets, each oldest first. */
export async function threadsOf(db: CommunicationsDb, ticketIds: string[]): Promise<Map<string, TicketMessage[]>> {
  const messages = await db.ticketMessage.findMany({ where: { ticketId: { in: ticketIds } }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  const threads = new Map<string, TicketMessage[]>(ticketIds.map((id) => [id, []]));
  for (const message of messages) threads.get(message.ticketId)?.push(message);
  return threads;
}
