import { builder } from '../builder';
import { couponsOfMember } from '../data/coupons-store';
import type { BalanceFigures } from '../domain/balance';
import type { Decimal } from '../domain/money';
import { amountField } from './amount';
import { Operation } from './operation';

type Balance = BalanceFigures & { currency: string; asOf: Date; accountIds: string[] };

const BonusLot = builder
  .objectRef<{ id: string; amount: Decimal; remaining: Decimal; accruedAt: Date; activatesAt: Date; expiresAt: Date | null; activeAt: boolean }>('BonusLot')
  .implement({
    description: 'One accrual holding bonuses at the moment of the balance: what is left of it, when it activates and when it expires.',
    fields: (t) => ({
      id: t.exposeID('id', { description: 'The lot’s id.' }),
      amount: amountField(t, 'Bonuses the accrual added.', (l) => l.amount),
      remaining: amountField(t, 'What was left of it at the moment of the balance: not yet spent, expired or taken back.', (l) => l.remaining),
      accruedAt: t.expose('accruedAt', { type: 'DateTime', description: 'When the accrual took effect (earlier than its recording for back-dated ones).' }),
      activatesAt: t.expose('activatesAt', { type: 'DateTime', description: 'From when the lot can pay.' }),
      expiresAt: t.expose('expiresAt', { type: 'DateTime', nullable: true, description: 'When what is left of it expires; null: never.' }),
      activated: t.exposeBoolean('activeAt', { description: 'Whether it could pay at the moment (activation reached).' }),
    }),
  });

const ExpiringAmount = builder.objectRef<{ amount: { toString(): string }; expiresAt: Date }>('ExpiringAmount').implement({
  description: 'An amount that expires on a date unless spent first.',
  fields: (t) => ({
    amount: amountField(t, 'Bonuses that expire at expiresAt unless spent first.', (e) => e.amount),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', description: 'When the amount expires.' }),
  }),
});

export const BalanceDetails = builder.objectRef<Balance>('BalanceDetails').implement({
  description:
    'The balance in one currency at one moment. totalAccrued always equals active + nonActivated + totalDeducted + expired. A family member sees the pooled family balance.',
  fields: (t) => ({
    currency: t.exposeString('currency', { description: 'The bonus currency code.' }),
    asOf: t.expose('asOf', { type: 'DateTime', description: 'The moment the figures are for (the asOf asked, or now).' }),
    active: amountField(t, 'Can pay now.', (b) => b.active),
    nonActivated: amountField(t, 'Accrued, activation date still ahead.', (b) => b.nonActivated),
    totalAccrued: amountField(t, 'Everything ever accrued, less manual deductions.', (b) => b.totalAccrued),
    totalDeducted: amountField(t, 'Spent on purchases (not expiry, not manual deductions), less what returns gave back.', (b) => b.totalDeducted),
    expired: amountField(t, 'Reached their expiry date unspent.', (b) => b.expired),
    debt: amountField(
      t,
      'Accrued bonuses a return took back after they were spent (point of sale policy WRITE_OFF_TO_NEGATIVE), not yet repaid: active is below zero by it, and the next accruals repay it first.',
      (b) => b.debt,
    ),
    toExpire: t.field({ type: [ExpiringAmount], description: 'Amounts not yet expired that carry an expiry date, by date.', resolve: (b) => b.toExpire }),
    lots: t.field({
      type: [BonusLot],
      description: 'The lots holding bonuses at the moment (unspent, not expired), soonest expiry first: what will activate or expire, and when.',
      args: { first: t.arg.int({ defaultValue: 100, description: 'At most this many (up to 500).' }) },
      resolve: async (b, args, ctx) =>
        (await ctx.services.ledger.lots(b.accountIds, b.asOf, args.first ?? 100)).map((lot) => ({ ...lot, activeAt: lot.activatesAt <= b.asOf })),
    }),
  }),
});

const BonusAccount = builder.objectRef<{ memberId: string; currency: { code: string; name: string } }>('BonusAccount').implement({
  description: "The member's account in one bonus currency (pooled with the family's).",
  fields: (t) => ({
    currency: t.string({ description: 'The bonus currency code.', resolve: (a) => a.currency.code }),
    currencyName: t.string({ description: 'The bonus currency’s display name.', resolve: (a) => a.currency.name }),
    balance: t.field({
      type: BalanceDetails,
      nullable: true,
      description: 'The account’s balance (pooled with the family’s); null when the caller may not read it.',
      args: { asOf: t.arg({ type: 'DateTime', description: 'The moment to read the balance at; now when omitted. Any past or future moment works.' }) },
      resolve: (a, args, ctx) => ctx.balances.load({ memberId: a.memberId, currency: a.currency.code, asOf: args.asOf ?? null }),
    }),
  }),
});

const MemberCoupon = builder.objectRef<{ code: string; offerId: string; usesLeft: number; validTo: Date | null }>('MemberCoupon').implement({
  description: 'A coupon issued to a member: the code to show at the till.',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'The code the till takes.' }),
    offerId: t.exposeID('offerId', { description: 'The offer it opens (its lineage id, as Member.offers names it).' }),
    usesLeft: t.exposeInt('usesLeft', { description: 'Redemptions left (a pending purchase’s hold counts).' }),
    validTo: t.expose('validTo', { type: 'DateTime', nullable: true, description: 'Valid until; null: no end.' }),
  }),
});

/** The members subgraph owns Member; the ledger adds the member's money to it. */
export const MemberRef = builder.externalRef('Member', builder.selection<{ id: string }>('id')).implement({
  description: 'A member of the loyalty program (owned by the members subgraph), with their bonuses.',
  externalFields: (t) => ({ id: t.id({ description: 'The member’s id.' }) }),
  fields: (t) => ({
    balance: t.field({
      type: BalanceDetails,
      nullable: true,
      description:
        "The balance in a currency (default: the company's default bonus currency) as of a moment (default: now), pooled with the family the member was in then. Null for callers who may not read it: the member themself, and operators and terminals of their company, may.",
      args: {
        currency: t.arg.string({ description: 'The bonus currency’s code; the company’s default one when omitted.' }),
        asOf: t.arg({ type: 'DateTime', description: 'The moment to read the balance at; now when omitted.' }),
      },
      resolve: (member, args, ctx) => ctx.balances.load({ memberId: member.id, currency: args.currency ?? null, asOf: args.asOf ?? null }),
    }),
    coupons: t.field({
      type: [MemberCoupon],
      description:
        'Coupons issued to the member with uses left, newest first (those anyone may redeem are not listed): for the member themself and staff of their company. Empty for anyone else, tills included (a till takes the code the member shows).',
      resolve: async (member, _args, ctx) => {
        if (ctx.identity.kind === 'terminal') return [];
        const ref = await ctx.loaders.memberRef.load(member.id);
        if (!ref || !ctx.services.ledger.canRead(ctx.identity, ref)) return [];
        return (await couponsOfMember(ctx.sql, member.id, new Date())).filter((coupon) => coupon.usesLeft > 0);
      },
    }),
    bonusAccounts: t.field({
      type: [BonusAccount],
      description: "One per bonus currency of the member's company, the default first; empty for callers who may not read them.",
      resolve: async (member, _args, ctx) => {
        const ref = await ctx.loaders.memberRef.load(member.id);
        if (!ref || !ctx.services.ledger.canRead(ctx.identity, ref)) return [];
        return (await ctx.loaders.currencies.load(ref.companyId)).map((currency) => ({ memberId: member.id, currency }));
      },
    }),
    operations: t.prismaConnection(
      {
        type: Operation,
        cursor: 'id',
        maxSize: 100,
        defaultSize: 20,
        description:
          "The member's ledger operations (their own account only, not the family's), newest effective time first; up to 100 per page, 20 by default. Empty for callers who may not read them, and for tills: a till needs the balance, not the history with staff's reasons and ids.",
        resolve: async (query, member, _args, ctx) => {
          if (ctx.identity.kind === 'terminal') return [];
          const ref = await ctx.loaders.memberRef.load(member.id);
          if (!ref || !ctx.services.ledger.canRead(ctx.identity, ref)) return [];
          return ctx.db.operation.findMany({ ...query, where: { memberId: member.id }, orderBy: [{ effectiveAt: 'desc' }, { id: 'desc' }] });
        },
      },
      { description: 'A page of a member’s ledger operations.' },
      { description: 'One ledger operation in the page, with its cursor.' },
    ),
  }),
});
