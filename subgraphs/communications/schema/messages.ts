import { pageSize } from '../../../infra/graphql/page-size';
import { builder } from '../builder';
import type { MessageKind as Kind } from '../domain/templates';
import { Channel } from './enums';
import { MessageKind } from './templates';

export const MessageStatus = builder.enumType('MessageStatus', {
  description: 'Where a message stands.',
  values: {
    QUEUED: { description: 'Waiting for its (next) attempt, or for the end of quiet hours.' },
    SENT: { description: 'Accepted by the provider.' },
    DELIVERED: { description: 'The provider reported it delivered.' },
    FAILED: { description: 'Given up on after its attempts, or refused for good: lastError says why.' },
    UNDELIVERABLE: {
      description: 'A mailing’s recipient it could not go to (no phone, email or app installation for its channel, or a blocked member): lastError says why.',
    },
    UNSUBSCRIBED: { description: 'A mailing’s recipient without consent to marketing over its channel: not sent.' },
    CANCELLED: { description: 'Its mailing was cancelled before it went.' },
  } as const,
});

export const StaffMessage = builder.prismaObject('Message', {
  description:
    'A message the platform sent (or is sending) by itself, and what became of it. Its text is the member’s to read, in their inbox (`Member.messages`).',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Its id, the one the provider was given.' }),
    kind: t.field({ type: MessageKind, description: 'What it answered.', resolve: (m) => m.kind as Kind }),
    channel: t.field({ type: Channel, description: 'The channel.', resolve: (m) => m.channel }),
    memberId: t.exposeID('memberId', { nullable: true, description: 'The member it was for; null for staff (alerts) and people not yet members.' }),
    destination: t.exposeString('destination', { description: 'Where it went; masked once a code went out.' }),
    status: t.field({ type: MessageStatus, description: 'Where it stands.', resolve: (m) => m.status }),
    attempts: t.exposeInt('attempts', { description: 'Attempts so far.' }),
    lastError: t.exposeString('lastError', { nullable: true, description: 'Why the last attempt failed, in the provider’s words.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was queued.' }),
    nextAttemptAt: t.expose('nextAttemptAt', { type: 'DateTime', description: 'When it is (or was) due next.' }),
    sentAt: t.expose('sentAt', { type: 'DateTime', nullable: true, description: 'When the provider took it.' }),
    deliveredAt: t.expose('deliveredAt', { type: 'DateTime', nullable: true, description: 'When the provider reported it delivered.' }),
  }),
});

builder.queryField('messages', (t) =>
  t.prismaField({
    type: [StaffMessage],
    description:
      'Admins and operators (support: did the member’s code go out?): the company’s messages, newest first; the security service: its limit alerts only.',
    authScopes: { role: ['ADMIN', 'OPERATOR', 'SECURITY'] },
    args: {
      memberId: t.arg.id({ description: 'Only to this member.' }),
      kind: t.arg({ type: MessageKind, description: 'Only of this kind.' }),
      status: t.arg({ type: MessageStatus, description: 'Only in this state.' }),
      channel: t.arg({ type: Channel, description: 'Only over this channel.' }),
      first: t.arg.int({ description: 'How many, 1 to 200; 50 when omitted.' }),
    },
    resolve: (_query, _root, args, ctx) =>
      ctx.services.messageStatus.messages(ctx.identity, {
        ...args,
        memberId: args.memberId?.toString(),
        first: pageSize(args.first, { fallback: 50, max: 200 }),
      }),
  }),
);
