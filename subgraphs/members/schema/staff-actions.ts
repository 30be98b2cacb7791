import { builder } from '../builder';

/**
 * The trail of what staff did, in every subgraph (infra/audit/staff-trail.ts): each change an
 * operator makes is an entry, written with the change (or, for another subgraph's, as soon as its
 * event arrives). It keeps ids only, and outlives a member's opt-out.
 */
const StaffAction = builder.prismaObject('StaffAction', {
  description: 'A change an operator made: what, to whom, when and through which channel.',
  fields: (t) => ({
    id: t.exposeID('eventId', { description: 'The action’s id.' }),
    action: t.exposeString('action', {
      description:
        'What was done, as the event’s type: `member.blocked`, `member.password_reset_requested`, `card.bound`, `bonuses.accrued`, `bonuses.deducted`, `purchase.refunded`, `currency.created`, `program_rules.updated`, `limit.created`, `limit.updated`…',
    }),
    memberId: t.exposeID('memberId', { nullable: true, description: 'The member it concerned, if one.' }),
    operatorId: t.exposeID('operatorId', { description: 'The operator who did it.' }),
    channel: t.exposeString('channel', { nullable: true, description: 'The channel it came through, when recorded.' }),
    at: t.expose('at', { type: 'DateTime', description: 'When.' }),
  }),
});

const StaffActionFilter = builder.inputType('StaffActionFilter', {
  description: 'Whose actions, or actions on whom.',
  fields: (t) => ({
    memberId: t.id({ description: 'Only actions on this member.' }),
    operatorId: t.id({ description: 'Only this operator’s actions.' }),
  }),
});

builder.queryField('staffActions', (t) =>
  t.prismaConnection(
    {
      type: StaffAction,
      cursor: 'id',
      maxSize: 100,
      defaultSize: 20,
      description: 'Security officers and admins: what the company’s operators changed, newest first; 20 per page by default, at most 100.',
      authScopes: { role: ['ADMIN', 'SECURITY'] },
      args: { filter: t.arg({ type: StaffActionFilter, description: 'Narrow to a member or an operator.' }) },
      resolve: (query, _root, { filter }, ctx) => {
        if (ctx.identity.kind !== 'operator') return [];
        const uuid = /^[0-9a-f-]{36}$/i;
        const memberId = filter?.memberId?.toString();
        const operatorId = filter?.operatorId?.toString();
        if ((memberId && !uuid.test(memberId)) || (operatorId && !uuid.test(operatorId))) return [];
        return ctx.db.staffAction.findMany({
          ...query,
          where: { companyId: ctx.identity.companyId, ...(memberId ? { memberId } : {}), ...(operatorId ? { operatorId } : {}) },
          orderBy: [{ at: 'desc' }, { id: 'desc' }],
        });
      },
    },
    { description: 'A page of staff actions.' },
    { description: 'One staff action in the page, with its cursor.' },
  ),
);
