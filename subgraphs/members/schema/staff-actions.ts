import { builder } from '../builder';
import type { Prisma } from '../data/prisma';

/**
 * The trail of what staff did to members: every change an operator makes in this subgraph is an
 * event recorded with who made it (in the same transaction as the change), so the trail is the
 * outbox read back. It keeps ids only, and outlives a member's opt-out.
 */
const StaffAction = builder.prismaObject('OutboxEvent', {
  name: 'StaffAction',
  description: 'A change an operator made: what, to whom, when and through which channel.',
  fields: (t) => ({
    id: t.id({ description: 'The action’s id (its event’s).', resolve: (event) => event.eventId }),
    action: t.exposeString('type', { description: 'What was done, as the event’s type (`member.blocked`, `member.password_reset_requested`, `card.bound`…).' }),
    memberId: t.id({ nullable: true, description: 'The member it concerned, if one.', resolve: (event) => event.memberId }),
    operatorId: t.id({ description: 'The operator who did it.', resolve: (event) => String(actorOf(event.payload).id ?? '') }),
    channel: t.string({
      nullable: true,
      description: 'The channel it came through, when recorded.',
      resolve: (event) => actorOf(event.payload).channel ?? null,
    }),
    at: t.expose('occurredAt', { type: 'DateTime', description: 'When.' }),
  }),
});

function actorOf(payload: Prisma.JsonValue): { id?: string; channel?: string | null } {
  const actor = payload && typeof payload === 'object' && !Array.isArray(payload) ? payload.actor : null;
  return actor && typeof actor === 'object' && !Array.isArray(actor) ? (actor as { id?: string; channel?: string | null }) : {};
}

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
        const byOperator: Prisma.OutboxEventWhereInput[] = [
          { payload: { path: ['actor', 'kind'], equals: 'operator' } },
          ...(operatorId ? [{ payload: { path: ['actor', 'id'], equals: operatorId } }] : []),
        ];
        return ctx.db.outboxEvent.findMany({
          ...query,
          where: { companyId: ctx.identity.companyId, ...(memberId ? { memberId } : {}), AND: byOperator },
          orderBy: { id: 'desc' },
        });
      },
    },
    { description: 'A page of staff actions.' },
    { description: 'One staff action in the page, with its cursor.' },
  ),
);
