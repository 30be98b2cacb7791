import { builder } from '../builder';
import { ReturnPolicy } from './enums';
import { attempt, payloadType } from './errors';
import { canSeeCompanyRow, visibleOrNull } from './visibility';

/**
 * Anyone who knows a member's phone could spend their bonuses at a till that names members by
 * phone alone, so such payments need the member's SMS code unless the store opts out explicitly.
 */
const PHONE_OPT_OUT =
  'Paying with bonuses for a member named by phone alone (no card) goes without the code sent to the member. Such payments need the code unless this is true, whatever confirmPaymentBySms says; card payments follow confirmPaymentBySms.';

export const PointOfSale = builder.prismaObject('PointOfSale', {
  description: 'A store of the company. Its settings decide SMS confirmation of bonus payments and how returns treat spent bonuses.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The point of sale’s id.' }),
    name: t.exposeString('name', { description: 'The store’s name.' }),
    address: t.exposeString('address', { nullable: true, description: 'The store’s address; null when not given.' }),
    confirmPaymentBySms: t.exposeBoolean('confirmPaymentBySms', { description: 'Paying with bonuses needs a code sent to the member.' }),
    allowPhonePaymentWithoutCode: t.exposeBoolean('allowPhonePaymentWithoutCode', {
      description: PHONE_OPT_OUT,
    }),
    returnPolicy: t.field({
      type: ReturnPolicy,
      description: 'What returns of purchases made here do with accrued bonuses already spent.',
      resolve: (p) => p.returnPolicy,
    }),
    company: t.relation('company', { description: 'The company the store belongs to.' }),
    terminals: t.relation('terminals', {
      description: 'Operators only: the store’s cash registers, oldest first.',
      authScopes: { operator: true },
      query: { orderBy: { createdAt: 'asc' } },
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was added.' }),
  }),
});

builder.asEntity(PointOfSale, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: async ({ id }, ctx) => visibleOrNull(await ctx.loaders.pointOfSale.load(id), (p) => canSeeCompanyRow(ctx.identity, p)),
});

const CreatePointOfSaleInput = builder.inputType('CreatePointOfSaleInput', {
  description: 'A new store of the caller’s company.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'The store’s name, 1 to 200 characters.' }),
    address: t.string({ description: 'The store’s address; none when omitted or blank.' }),
    confirmPaymentBySms: t.boolean({
      description: 'Paying with bonuses (and a cashier’s deduction) here needs a code sent to the member; false when omitted.',
    }),
    allowPhonePaymentWithoutCode: t.boolean({ description: `${PHONE_OPT_OUT} False when omitted.` }),
    returnPolicy: t.field({
      type: ReturnPolicy,
      description: 'What returns of purchases made here do with accrued bonuses already spent; WRITE_OFF_TO_NEGATIVE when omitted.',
    }),
  }),
});

builder.mutationField('createPointOfSale', (t) =>
  t.field({
    type: payloadType('CreatePointOfSalePayload', 'pointOfSale', PointOfSale, {
      description: 'What createPointOfSale answers: the new point of sale, or why it was refused.',
      result: 'The new point of sale.',
    }),
    description: 'Admins: adds a store; give it terminals with createPosTerminal. Emits point_of_sale.created. Errors: INVALID_INPUT.',
    authScopes: { role: ['ADMIN'] },
    args: { input: t.arg({ type: CreatePointOfSaleInput, required: true, description: 'The store to add.' }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.companies.createPointOfSale(ctx.identity, input)),
  }),
);

const UpdatePointOfSaleInput = builder.inputType('UpdatePointOfSaleInput', {
  description: 'A store’s changes; omitted fields stay as they are.',
  fields: (t) => ({
    pointOfSaleId: t.id({ required: true, description: 'The store to change.' }),
    name: t.string({ description: 'A new name, 1 to 200 characters.' }),
    address: t.string({ description: 'A new address; blank or null removes it.' }),
    confirmPaymentBySms: t.boolean({ description: 'Whether paying with bonuses (and a cashier’s deduction) needs a code sent to the member.' }),
    allowPhonePaymentWithoutCode: t.boolean({ description: PHONE_OPT_OUT }),
    returnPolicy: t.field({ type: ReturnPolicy, description: 'What returns of purchases made here do with accrued bonuses already spent.' }),
  }),
});

builder.mutationField('updatePointOfSale', (t) =>
  t.field({
    type: payloadType('UpdatePointOfSalePayload', 'pointOfSale', PointOfSale, {
      description: 'What updatePointOfSale answers: the point of sale after the change, or why it was refused.',
      result: 'The point of sale after the change.',
    }),
    description:
      "Admins: changes a store's name, address or settings; omitted fields stay as they are. Emits point_of_sale.updated; the settings apply at its tills from the next operation on. Errors: POINT_OF_SALE_NOT_FOUND, INVALID_INPUT.",
    authScopes: { role: ['ADMIN'] },
    args: { input: t.arg({ type: UpdatePointOfSaleInput, required: true, description: 'The store and its changes.' }) },
    resolve: (_root, { input }, ctx) =>
      attempt(() => ctx.services.companies.updatePointOfSale(ctx.identity, { ...input, pointOfSaleId: String(input.pointOfSaleId) })),
  }),
);
