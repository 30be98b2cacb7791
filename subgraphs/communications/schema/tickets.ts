import { pageSize } from '../../../infra/graphql/page-size';
import { builder } from '../builder';
import type { TicketMessage as Message } from '../data/prisma';
import { threadsOf } from '../data/tickets-store';
import { TEXT_LIMIT, TOPIC_LIMIT } from '../domain/tickets';
import { attempt, payloadType } from './errors';
import { MemberRef } from './member';

const TicketState = builder.enumType('TicketState', {
  description: 'Where a member’s ticket is in support’s hands.',
  values: {
    OPEN: { description: 'Waiting for support: new, or the member wrote again.' },
    ANSWERED: { description: 'Support replied; waiting for the member, or to be closed.' },
    CLOSED: { description: 'Done with; the member writing again opens it anew.' },
  } as const,
});

const TicketAuthor = builder.enumType('TicketAuthor', {
  description: 'Who wrote a message of a ticket.',
  values: { MEMBER: { description: 'The member.' }, SUPPORT: { description: 'A support agent.' } } as const,
});

const TicketMessage = builder.prismaObject('TicketMessage', {
  description: 'One message of a ticket’s thread.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Its id.' }),
    author: t.field({ type: TicketAuthor, description: 'Who wrote it.', resolve: (m) => m.author }),
    text: t.exposeString('text', { description: 'What they wrote.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When.' }),
  }),
});

const Ticket = builder.prismaObject('Ticket', {
  description: 'A member’s question to support (feedback), with its thread.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Its id.' }),
    memberId: t.exposeID('memberId', { description: 'The member who opened it.' }),
    topic: t.exposeString('topic', { description: 'What it is about, in the member’s words.' }),
    state: t.field({ type: TicketState, description: 'Where it is.', resolve: (ticket) => ticket.state }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was opened.' }),
    lastMessageAt: t.expose('lastMessageAt', { type: 'DateTime', description: 'When its newest message was written.' }),
    messages: t.loadableList({
      type: TicketMessage,
      description: 'Its thread, oldest first.',
      load: async (ids: string[], ctx) => {
        const threads = await threadsOf(ctx.db, ids);
        return ids.map((id) => threads.get(id) ?? ([] as Message[]));
      },
      resolve: (ticket) => ticket.id,
    }),
  }),
});

/** The member's tickets. */
builder.objectFields(MemberRef, (t) => ({
  feedback: t.field({
    type: [Ticket],
    description:
      'The member’s tickets to support, newest first (at most 50 unless asked): for the member and support agents and admins of their company; empty for anyone else.',
    args: { first: t.arg.int({ description: 'How many, 1 to 200; 50 when omitted.' }) },
    resolve: (member, args, ctx) => ctx.services.tickets.ofMember(ctx.identity, member.id, pageSize(args.first, { fallback: 50, max: 200 })),
  }),
}));

builder.queryField('tickets', (t) =>
  t.prismaField({
    type: [Ticket],
    description: 'Support agents and admins: the company’s tickets, the longest waiting first.',
    authScopes: { role: ['ADMIN', 'SUPPORT'] },
    args: {
      state: t.arg({ type: TicketState, description: 'Only in this state (OPEN: the queue).' }),
      first: t.arg.int({ description: 'How many, 1 to 200; 50 when omitted.' }),
    },
    resolve: (_query, _root, args, ctx) =>
      ctx.services.tickets.queue(ctx.identity, { state: args.state ?? null, limit: pageSize(args.first, { fallback: 50, max: 200 }) }),
  }),
);

builder.queryField('ticket', (t) =>
  t.prismaField({
    type: Ticket,
    nullable: true,
    description: 'Support agents and admins: one of the company’s tickets; null when it has none with this id.',
    authScopes: { role: ['ADMIN', 'SUPPORT'] },
    args: { id: t.arg.id({ required: true, description: 'The ticket.' }) },
    resolve: (_query, _root, args, ctx) => ctx.services.tickets.ticket(ctx.identity, args.id.toString()),
  }),
);

const ticketPayload = (name: string, what: string) =>
  payloadType(name, 'ticket', Ticket, { description: `What ${what} answers: the ticket, or why it was refused.`, result: 'The ticket.' });

const OpenTicketInput = builder.inputType('OpenTicketInput', {
  description: 'A member’s question to support.',
  fields: (t) => ({
    topic: t.string({ required: true, description: `What it is about, 1 to ${TOPIC_LIMIT} characters.` }),
    text: t.string({ required: true, description: `The question, 1 to ${TEXT_LIMIT} characters.` }),
  }),
});

builder.mutationField('openTicket', (t) =>
  t.field({
    type: ticketPayload('OpenTicketPayload', 'openTicket'),
    description: 'Members (the personal account, the app): opens a ticket to support. Errors: INVALID_INPUT.',
    authScopes: { member: true },
    args: { input: t.arg({ type: OpenTicketInput, required: true, description: 'The topic and question.' }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.tickets.openTicket(ctx.identity, input)),
  }),
);

const ReplyToTicketInput = builder.inputType('ReplyToTicketInput', {
  description: 'A message in a ticket’s thread.',
  fields: (t) => ({
    ticketId: t.id({ required: true, description: 'The ticket.' }),
    text: t.string({ required: true, description: `What to say, 1 to ${TEXT_LIMIT} characters.` }),
  }),
});

builder.mutationField('replyToTicket', (t) =>
  t.field({
    type: ticketPayload('ReplyToTicketPayload', 'replyToTicket'),
    description:
      'The member writes again in their ticket (it is OPEN again), or a support agent or admin replies (ANSWERED; the member is told by push where they have the app, else email, else SMS). Support’s replies are in the staff trail. Errors: INVALID_INPUT, TICKET_NOT_FOUND.',
    authScopes: { $any: { member: true, role: ['ADMIN', 'SUPPORT'] } },
    args: { input: t.arg({ type: ReplyToTicketInput, required: true, description: 'The ticket and the message.' }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.tickets.replyToTicket(ctx.identity, { ...input, ticketId: input.ticketId.toString() })),
  }),
);

const SetTicketStateInput = builder.inputType('SetTicketStateInput', {
  description: 'A ticket’s new state.',
  fields: (t) => ({
    ticketId: t.id({ required: true, description: 'The ticket.' }),
    state: t.field({ type: TicketState, required: true, description: 'Its state from now on.' }),
  }),
});

builder.mutationField('setTicketState', (t) =>
  t.field({
    type: ticketPayload('SetTicketStatePayload', 'setTicketState'),
    description: 'Support agents and admins: sets a ticket open, answered or closed. In the staff trail. Errors: TICKET_NOT_FOUND.',
    authScopes: { role: ['ADMIN', 'SUPPORT'] },
    args: { input: t.arg({ type: SetTicketStateInput, required: true, description: 'The ticket and its state.' }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.tickets.setTicketState(ctx.identity, { ...input, ticketId: input.ticketId.toString() })),
  }),
);
