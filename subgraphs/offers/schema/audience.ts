import { builder } from '../builder';
import { rulesOf } from '../data/audiences-store';
import { isUuid } from '../domain/problems';
import { OFFER_ROLES } from '../services/offer-service';
import { AudienceRulesInput, AudienceRulesType, rulesOfInput } from './audience-rules';
import { attempt, payloadType } from './errors';
import { MemberRef } from './member';

// Who builds audiences: marketers and administrators (services/audience-service.ts checks it again).
const MARKETERS = { role: [...OFFER_ROLES] };

export const AudienceKind = builder.enumType('AudienceKind', {
  description: 'How an audience gets its members.',
  values: {
    RULES: { description: 'Members its rules select, kept current as events arrive and by a scheduled full refresh.' },
    STATIC: { description: 'Members uploaded by card number, phone or member id.' },
  },
});

export const Audience = builder.prismaObject('Audience', {
  description: 'A target audience of the caller’s company: whom offers, content and mailings may be limited to.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Its id, which offers name in their audience filter.' }),
    name: t.exposeString('name', { description: 'Its name.' }),
    description: t.exposeString('description', { description: 'What it is, for marketers.' }),
    kind: t.field({ type: AudienceKind, description: 'How it gets its members.', resolve: (audience) => audience.kind }),
    rules: t.field({
      type: AudienceRulesType,
      nullable: true,
      description: 'Whom it selects; null for a static audience.',
      resolve: (audience) => rulesOf(audience),
    }),
    memberCount: t.exposeInt('memberCount', { description: 'How many members it has now.' }),
    membershipVersion: t.exposeInt('membershipVersion', { description: 'Counted up by each change of its membership.' }),
    refreshedAt: t.expose('refreshedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When its membership was last worked out in full; null for a static audience.',
    }),
    members: t.field({
      type: [MemberRef],
      description:
        'Its members, by id order, a page at a time (the members subgraph answers who they are, as it would the caller’s search): `first` (1 to 1,000, default 100) after the member id `after`.',
      args: {
        first: t.arg.int({ description: 'How many, 1 to 1,000 (default 100).' }),
        after: t.arg.id({ description: 'The last member id of the page before.' }),
      },
      resolve: async (audience, { first, after }, ctx) => {
        const limit = Math.min(Math.max(first ?? 100, 1), 1000);
        const from = after && isUuid(String(after)) ? String(after) : null;
        const rows = await ctx.db.audienceMember.findMany({
          where: { audienceId: audience.id, ...(from ? { memberId: { gt: from } } : {}) },
          orderBy: { memberId: 'asc' },
          take: limit,
          select: { memberId: true },
        });
        return rows.map((row) => ({ id: row.memberId }));
      },
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it or its membership last changed.' }),
  }),
});

builder.queryField('audience', (t) =>
  t.prismaField({
    type: 'Audience',
    nullable: true,
    description: 'Marketers and admins: an audience of their company. Null when unknown or deleted.',
    authScopes: MARKETERS,
    args: { id: t.arg.id({ required: true, description: 'Its id.' }) },
    resolve: async (query, _root, { id }, ctx) => {
      if (!isUuid(String(id))) return null;
      const { companyId } = ctx.services.audiences.operatorOf(ctx.identity);
      return ctx.db.audience.findFirst({ ...query, where: { id: String(id), companyId, deletedAt: null } });
    },
  }),
);

builder.queryField('audiences', (t) =>
  t.prismaConnection(
    {
      type: 'Audience',
      cursor: 'id',
      maxSize: 100,
      defaultSize: 20,
      description: 'Marketers and admins: their company’s audiences, newest first; 20 per page by default, at most 100.',
      authScopes: MARKETERS,
      resolve: (query, _root, _args, ctx) => {
        const { companyId } = ctx.services.audiences.operatorOf(ctx.identity);
        return ctx.db.audience.findMany({ ...query, where: { companyId, deletedAt: null }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });
      },
    },
    { description: 'A page of audiences.' },
    { description: 'One audience in the page, with its cursor.' },
  ),
);

const AudiencePreview = builder.objectRef<{ memberCount: number }>('AudiencePreview').implement({
  description: 'What rules would select now.',
  fields: (t) => ({ memberCount: t.exposeInt('memberCount', { description: 'How many members of the company they select.' }) }),
});

builder.queryField('previewAudience', (t) =>
  t.field({
    type: payloadType('PreviewAudiencePayload', 'preview', AudiencePreview, {
      description: 'What previewAudience answers.',
      result: 'The size the rules would give the audience now.',
    }),
    description:
      'Marketers and admins: how many members of their company these rules select now, before the audience is saved. Errors: INVALID_INPUT, INVALID_PERIOD, INVALID_AMOUNT, POINT_OF_SALE_NOT_FOUND, CURRENCY_NOT_FOUND.',
    authScopes: MARKETERS,
    args: { rules: t.arg({ type: AudienceRulesInput, required: true, description: 'The rules.' }) },
    resolve: (_root, { rules }, ctx) => attempt(async () => ({ memberCount: await ctx.services.audiences.previewAudience(ctx.identity, rulesOfInput(rules)) })),
  }),
);
