import { GraphQLError } from 'graphql';
import { requireOperator } from '../../../infra/auth/access';
import { builder } from '../builder';
import { type SettlementRow, settlementOf } from '../data/settlement-store';
import { amountField } from './amount';

const PointOfSaleSettlement = builder.objectRef<SettlementRow>('PointOfSaleSettlement').implement({
  description:
    'What a point of sale’s confirmed operations moved in one bonus currency over a period (by recording time), so a company can settle with its stores or partners. Nothing pending counts. A return counts at the point of sale of its purchase, wherever it was made, so a purchase and its returns net out where the bonuses were issued.',
  fields: (t) => ({
    currency: t.string({ description: 'The bonus currency’s code.', resolve: (r) => r.currencyCode }),
    purchaseAccruals: amountField(t, 'Bonuses issued for purchases.', (r) => r.purchaseAccruals),
    manualAccruals: amountField(t, 'Bonuses cashiers accrued by hand.', (r) => r.manualAccruals),
    payments: amountField(t, 'Bonuses accepted as payment.', (r) => r.payments),
    manualDeductions: amountField(t, 'Bonuses cashiers deducted by hand.', (r) => r.manualDeductions),
    paymentsReturned: amountField(t, 'Paid bonuses given back by returns.', (r) => r.paymentsReturned),
    accrualsTakenBack: amountField(t, 'Accrued bonuses taken back by returns.', (r) => r.accrualsTakenBack),
    issued: amountField(t, 'Bonuses the point of sale put into circulation: accruals (for purchases and by hand) less accruals taken back by returns.', (r) =>
      r.purchaseAccruals.plus(r.manualAccruals).minus(r.accrualsTakenBack),
    ),
    accepted: amountField(t, 'Bonuses the point of sale took out of circulation: payments and manual deductions, less paid bonuses returns gave back.', (r) =>
      r.payments.plus(r.manualDeductions).minus(r.paymentsReturned),
    ),
  }),
});

builder.externalRef('PointOfSale', builder.selection<{ id: string }>('id')).implement({
  description: 'A store of the company (owned by the members subgraph), with what its tills moved.',
  externalFields: (t) => ({ id: t.id({ description: 'The point of sale’s id.' }) }),
  fields: (t) => ({
    settlement: t.field({
      type: [PointOfSaleSettlement],
      description:
        'Administrators and the security role: the point of sale’s settlement over [from, to), one entry per bonus currency it moved; empty for another company’s point of sale.',
      authScopes: { role: ['ADMIN', 'SECURITY'] },
      args: {
        from: t.arg({ type: 'DateTime', required: true, description: 'Start of the period, included (recording time).' }),
        to: t.arg({ type: 'DateTime', required: true, description: 'End of the period, excluded; after from, or the field fails with BAD_USER_INPUT.' }),
      },
      resolve: async (pointOfSale, args, ctx) => {
        const admin = requireOperator(ctx.identity, ['ADMIN', 'SECURITY']);
        // A query has no payload to carry a business error: a bad period is the caller's mistake.
        if (args.to <= args.from) throw new GraphQLError('`to` must come after `from`', { extensions: { code: 'BAD_USER_INPUT', field: 'to' } });
        // Another company's point of sale settles nothing here.
        const owned = await ctx.db.pointOfSaleRef.findFirst({ where: { pointOfSaleId: pointOfSale.id, companyId: admin.companyId } });
        return owned ? settlementOf(ctx.db, pointOfSale.id, args.from, args.to) : [];
      },
    }),
  }),
});
