import { builder } from '../builder';
import { type MemberSearch, memberSearchWhere } from '../data/members-store';
import type { ConsentSource as ConsentSourceValue, Member as MemberRow } from '../data/prisma';
import { normaliseCardNumber } from '../domain/card-number';
import { normaliseEmail, normalisePhone } from '../domain/contact';
import { canAccrue, canSpend, isProfileComplete } from '../domain/member-state';
import { CHANNELS, type Channel as MessageChannel } from '../domain/message-preferences';
import { Channel, ConsentSource, MemberState, RegistrationChannel } from './enums';
import { canSeeMember, fieldsShownBy, lastNameSeenBy, phoneSeenBy, seesMemberField, visibleOrNull } from './visibility';

/** A Member field shown only to the callers visibility.ts lets see it; null to everyone else. */
const shownTo = fieldsShownBy<MemberRow>(seesMemberField);

interface ConsentView {
  channel: MessageChannel;
  granted: boolean;
  changedAt: Date | null;
  source: ConsentSourceValue | null;
}

const MarketingConsent = builder.objectRef<ConsentView>('MarketingConsent').implement({
  description: 'Whether a member takes marketing over a channel, and who said so when.',
  fields: (t) => ({
    channel: t.field({ type: Channel, description: 'The channel.', resolve: (c) => c.channel }),
    granted: t.exposeBoolean('granted', { description: 'Marketing over this channel may be sent to the member.' }),
    changedAt: t.expose('changedAt', { type: 'DateTime', nullable: true, description: 'When it was last given or withdrawn; null: never given.' }),
    source: t.field({ type: ConsentSource, nullable: true, description: 'Who last gave or withdrew it; null: never given.', resolve: (c) => c.source }),
  }),
});

export const Member = builder.prismaObject('Member', {
  description:
    'A loyalty program member (or a card holder who has not registered yet). What a caller sees of one depends on who they are (visibility.ts): null fields are hidden from them.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The member’s id; the ledger and other subgraphs know the member by it.' }),
    state: t.field({ type: MemberState, ...shownTo('state'), description: 'Where the member stands in the program.', resolve: (m) => m.state }),
    phone: t.string({
      nullable: true,
      description: 'E.164, e.g. +491701234567; masked for a relative or a family invitation (+49••••••••67); null for an anonymous card holder.',
      resolve: (m, _args, ctx) => phoneSeenBy(ctx.identity, m),
    }),
    email: t.exposeString('email', { ...shownTo('email'), description: 'Lower case; null when not given.' }),
    firstName: t.exposeString('firstName', { ...shownTo('firstName'), description: 'Null when not given.' }),
    lastName: t.string({
      nullable: true,
      description: 'Its initial only at a till; null when not given.',
      resolve: (m, _args, ctx) => lastNameSeenBy(ctx.identity, m),
    }),
    birthDate: t.expose('birthDate', { type: 'Date', ...shownTo('birthDate'), description: 'Null when not given.' }),
    registrationChannel: t.field({
      type: RegistrationChannel,
      ...shownTo('registrationChannel'),
      description: 'Where the member registered; null for a card holder.',
      resolve: (m) => m.registrationChannel,
    }),
    registeredAt: t.expose('registeredAt', {
      type: 'DateTime',
      ...shownTo('registeredAt'),
      description: 'When the member registered; null for a card holder.',
    }),
    eReceiptConsent: t.exposeBoolean('eReceiptConsent', {
      ...shownTo('eReceiptConsent'),
      description: 'The member takes electronic receipts instead of paper ones.',
    }),
    language: t.exposeString('language', {
      ...shownTo('language'),
      description: 'The language messages to the member are written in (a BCP 47 tag); null: the company’s default.',
    }),
    timeZone: t.exposeString('timeZone', {
      ...shownTo('timeZone'),
      description: 'The member’s IANA time zone, for quiet hours; null: the company’s.',
    }),
    marketingConsents: t.field({
      type: [MarketingConsent],
      ...shownTo('marketingConsents'),
      description: 'The member’s marketing consent over each channel, every channel listed (never given: not granted, no date).',
      select: { marketingConsents: true },
      resolve: (m) =>
        CHANNELS.map((channel) => m.marketingConsents.find((row) => row.channel === channel) ?? { channel, granted: false, changedAt: null, source: null }),
    }),
    socialProfileLinked: t.exposeBoolean('socialProfileLinked', {
      ...shownTo('socialProfileLinked'),
      description: 'The member has linked a social profile (setProfileLinks).',
    }),
    mobileAppInstalled: t.exposeBoolean('mobileAppInstalled', {
      ...shownTo('mobileAppInstalled'),
      description: 'The member has installed the mobile app (setProfileLinks).',
    }),
    socialGroupMember: t.exposeBoolean('socialGroupMember', {
      ...shownTo('socialGroupMember'),
      description: 'The member is in the company’s group on a social network (setSocialGroupMembership).',
    }),
    referralCode: t.string({
      ...shownTo('referralCode'),
      description:
        'The code the member gives friends to type at registration (registerMember’s referralCode), which may earn both of them an offer’s bonus; null for card holders.',
      resolve: (m, _args, ctx) => ctx.services.referrals.referralCodeOf(m),
    }),
    profileComplete: t.boolean({
      ...shownTo('profileComplete'),
      description: 'Phone, email, names and birth date are all filled in.',
      resolve: (m) => isProfileComplete(m),
    }),
    canAccrue: t.boolean({ ...shownTo('canAccrue'), description: 'The member may collect bonuses now.', resolve: (m) => canAccrue(m.state) }),
    canSpend: t.boolean({
      ...shownTo('canSpend'),
      description: "The member may pay with bonuses now (the company's spending states).",
      select: { company: { select: { spendingStates: true } } },
      resolve: (m) => canSpend(m.state, m.company.spendingStates),
    }),
    blockedReason: t.exposeString('blockedReason', {
      nullable: true,
      description: 'Why the account is blocked, as the operator gave it; null when not blocked, and for callers other than operators.',
      authScopes: { operator: true },
      unauthorizedResolver: () => null,
    }),
    blockedAt: t.expose('blockedAt', { type: 'DateTime', ...shownTo('blockedAt'), description: 'When the account was blocked; null when not blocked.' }),
    cards: t.relation('cards', {
      description:
        'Every card of the member, replaced and blocked ones too, in the order they were given to the member; empty for callers who may not see them.',
      query: { orderBy: [{ boundAt: 'asc' }, { createdAt: 'asc' }] },
      authScopes: (member, _args, ctx) => seesMemberField(ctx.identity, member, 'cards'),
      // Pothos types this resolver by the relation's shape; an empty list is what a hidden list is.
      unauthorizedResolver: () => [] as never,
    }),
    family: t.relation('family', { ...shownTo('family'), description: 'The family the member pools with; null when in none.' }),
    company: t.relation('company', { description: 'The company whose program the member belongs to.' }),
    createdAt: t.expose('createdAt', {
      type: 'DateTime',
      ...shownTo('createdAt'),
      description: 'When the record was created (a card holder’s first card, or the registration).',
    }),
  }),
});

builder.asEntity(Member, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: async ({ id }, ctx) => visibleOrNull(await ctx.loaders.member.load(id), (m) => canSeeMember(ctx.identity, m)),
});

builder.queryField('me', (t) =>
  t.prismaField({
    type: 'Member',
    nullable: true,
    description: 'The signed-in member; null for other callers.',
    resolve: (query, _root, _args, ctx) =>
      ctx.identity.kind === 'member' ? ctx.db.member.findFirst({ ...query, where: { id: ctx.identity.memberId, state: { not: 'DELETED' } } }) : null,
  }),
);

builder.queryField('member', (t) =>
  t.prismaField({
    type: 'Member',
    nullable: true,
    description: "A member of the caller's company; members may read only themselves. Null when unknown, not visible to the caller, or gone from the program.",
    authScopes: { signedIn: true },
    args: { id: t.arg.id({ required: true, description: 'The member’s id.' }) },
    resolve: async (query, _root, { id }, ctx) => {
      if (!/^[0-9a-f-]{36}$/i.test(String(id))) return null;
      const member = await ctx.db.member.findUnique({ ...query, where: { id: String(id) } });
      return visibleOrNull(member, (m) => canSeeMember(ctx.identity, m));
    },
  }),
);

const MemberFilter = builder.inputType('MemberFilter', {
  description: 'Any combination; all given criteria must match. Name matches first or last name, any case.',
  fields: (t) => ({
    phone: t.string({ description: 'The exact phone, any usual spelling of an international number.' }),
    email: t.string({ description: 'The exact email address, any case.' }),
    cardNumber: t.string({ description: 'A card of the member (any of their cards), 16 digits.' }),
    name: t.string({ description: 'Words that must each appear in the first or last name, any case.' }),
  }),
});

type MemberFilterInput = { phone?: string | null; email?: string | null; cardNumber?: string | null; name?: string | null };

/** The filter in stored form, or null when a value cannot match anyone (a malformed phone, say). */
function normalisedFilter(filter: MemberFilterInput): MemberSearch | null {
  try {
    return {
      phone: filter.phone ? normalisePhone(filter.phone) : null,
      email: filter.email ? normaliseEmail(filter.email) : null,
      cardNumber: filter.cardNumber ? normaliseCardNumber(filter.cardNumber) : null,
      name: filter.name ?? null,
    };
  } catch {
    return null;
  }
}

builder.queryField('members', (t) =>
  t.prismaConnection(
    {
      type: 'Member',
      cursor: 'id',
      maxSize: 100,
      defaultSize: 20,
      description:
        "Operators: search the company's members, newest first; 20 per page by default, at most 100. A filter value that cannot match anyone (a malformed phone) finds nobody.",
      authScopes: { operator: true },
      args: { filter: t.arg({ type: MemberFilter, description: 'What to search by; every member of the company when omitted.' }) },
      resolve: (query, _root, { filter }, ctx) => {
        const search = normalisedFilter(filter ?? {});
        if (ctx.identity.kind !== 'operator' || !search) return [];
        return ctx.db.member.findMany({
          ...query,
          where: memberSearchWhere(ctx.identity.companyId, search),
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        });
      },
    },
    { description: 'A page of members.' },
    { description: 'One member in the page, with its cursor.' },
  ),
);
