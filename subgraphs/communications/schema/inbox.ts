import { resolveCursorConnection } from '@pothos/plugin-relay';
import type { Outcome } from '../../../infra/errors/business-error';
import { REFUSED_IS_NULL } from '../../../infra/graphql/payload-types';
import { builder } from '../builder';
import type { Message } from '../data/prisma';
import type { MessageKind as Kind } from '../domain/templates';
import { inboxCursor, MAX_MARKED } from '../services/inbox-service';
import { Channel } from './enums';
import { attempt, errorsField } from './errors';
import { MemberRef } from './member';
import { MessageKind } from './templates';

/** A message as the member reads it in their inbox (the staff's view, `Message`, says where it went and how). */
const InboxMessage = builder.prismaObject('Message', {
  variant: 'InboxMessage',
  description: 'A message the member was sent, as they read it: codes masked.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Its id.' }),
    kind: t.field({ type: MessageKind, description: 'What it was about.', resolve: (m) => m.kind as Kind }),
    channel: t.field({ type: Channel, description: 'How it came.', resolve: (m) => m.channel }),
    subject: t.exposeString('subject', { nullable: true, description: 'Its subject (email) or title (push); null when it had none.' }),
    text: t.string({ description: 'Its text as it went out, any code masked (••••••).', resolve: (m) => m.text ?? '' }),
    sentAt: t.field({ type: 'DateTime', description: 'When it went out.', resolve: (m) => m.sentAt ?? m.createdAt }),
    read: t.boolean({ description: 'True once the member marked it read.', resolve: (m) => m.readAt !== null }),
  }),
});

/** What the member was sent. */
builder.objectFields(MemberRef, (t) => ({
  messages: t.connection(
    {
      type: InboxMessage,
      // Nullable: a refused page (a bad cursor or size) must not take the rest of the member with it.
      nullable: true,
      description:
        'The member’s inbox: what they were sent (event messages, mailings, codes masked), newest first; 20 a page by default, at most 100. A cursor holds its place whatever became of its message since (marked read while paging unreadOnly). For the member and support staff of their company; empty for anyone else.',
      args: { unreadOnly: t.arg.boolean({ description: 'Only those not marked read.' }) },
      resolve: (member, args, ctx) =>
        resolveCursorConnection<Promise<Message[]>>({ args, defaultSize: 20, maxSize: 100, toCursor: inboxCursor }, ({ after, before, limit, inverted }) =>
          ctx.services.inbox.page(ctx.identity, member.id, { after, before, limit, inverted, unreadOnly: args.unreadOnly === true }),
        ),
    },
    { name: 'MemberMessagesConnection', description: 'A page of a member’s inbox.' },
    { name: 'MemberMessagesConnectionEdge', description: 'One message of the page, with its cursor.' },
  ),
  unreadMessageCount: t.int({
    nullable: true,
    description: 'How many messages of the inbox are not marked read: for the member themself; null for anyone else.',
    resolve: (member, _args, ctx) => ctx.services.inbox.unreadCount(ctx.identity, member.id),
  }),
}));

const SetMessagesReadInput = builder.inputType('SetMessagesReadInput', {
  description: 'Messages of the caller’s inbox to mark read or unread: by id, or all of them.',
  fields: (t) => ({
    messageIds: t.idList({ description: `The messages, 1 to ${MAX_MARKED}; omitted with all: true.` }),
    all: t.boolean({ description: 'True: every message of the inbox (instead of messageIds).' }),
    read: t.boolean({ required: true, description: 'True: read; false: unread again.' }),
  }),
});

const SetMessagesReadPayload = builder.objectRef<Outcome<number>>('SetMessagesReadPayload').implement({
  description: 'What setMessagesRead answers: how many messages changed, or why none did.',
  fields: (t) => ({
    changed: t.int({
      nullable: true,
      description: `How many messages changed state (those already so are not counted). ${REFUSED_IS_NULL}`,
      resolve: (outcome) => outcome.result,
    }),
    errors: errorsField(t),
  }),
});

builder.mutationField('setMessagesRead', (t) =>
  t.field({
    type: SetMessagesReadPayload,
    description: 'Members: marks messages of their own inbox read or unread (the app’s badge is unreadMessageCount). Errors: INVALID_INPUT, MESSAGE_NOT_FOUND.',
    authScopes: { member: true },
    args: { input: t.arg({ type: SetMessagesReadInput, required: true, description: 'Which messages, and read or not.' }) },
    resolve: (_root, { input }, ctx) =>
      attempt(() => ctx.services.inbox.setMessagesRead(ctx.identity, { messageIds: input.messageIds?.map(String) ?? null, all: input.all, read: input.read })),
  }),
);
