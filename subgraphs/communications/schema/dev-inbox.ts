import { GraphQLError } from 'graphql';
import { pageSize } from '../../../infra/graphql/page-size';
import { builder } from '../builder';
import { Channel } from './enums';

const DevInboxMessage = builder.prismaObject('DevInboxMessage', {
  description: 'A message as it would have reached a phone or mailbox: outside production, where no provider is configured for its channel.',
  fields: (t) => ({
    id: t.exposeID('messageId', { description: 'The message’s id (the one a provider would be given).' }),
    channel: t.field({ type: Channel, description: 'The channel it was sent over.', resolve: (m) => m.channel }),
    destination: t.exposeString('destination', { description: 'The phone or email it was sent to.' }),
    memberId: t.exposeID('memberId', { nullable: true, description: 'The member it was for, when one is known (not yet, for a registration code).' }),
    subject: t.exposeString('subject', { nullable: true, description: 'The subject, for email.' }),
    text: t.exposeString('text', { description: 'What it says, codes included.' }),
    receivedAt: t.expose('receivedAt', { type: 'DateTime', description: 'When it arrived.' }),
  }),
});

builder.queryField('devInbox', (t) =>
  t.prismaField({
    type: [DevInboxMessage],
    description:
      'Development only (refused in production with extensions.code NOT_AVAILABLE), admins and operators: the messages the company’s members would have received, newest first, where no provider is configured for the channel. One-time codes included: the way to self-register on a bare machine.',
    authScopes: { role: ['ADMIN', 'OPERATOR'] },
    args: {
      destination: t.arg.string({ description: 'Only messages to this phone or email.' }),
      first: t.arg.int({ description: 'How many, 1 to 100; 20 when omitted.' }),
    },
    resolve: (query, _root, { destination, first }, ctx) => {
      if (ctx.production) throw new GraphQLError('There is no development inbox in production', { extensions: { code: 'NOT_AVAILABLE' } });
      if (ctx.identity.kind !== 'operator') return [];
      const take = pageSize(first, { fallback: 20, max: 100 });
      return ctx.db.devInboxMessage.findMany({
        ...query,
        where: { companyId: ctx.identity.companyId, ...(destination ? { destination } : {}) },
        orderBy: { id: 'desc' },
        take,
      });
    },
  }),
);
