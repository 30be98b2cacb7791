import { builder } from '../builder';
import { ReturnPolicy } from './enums';
import { attempt, payloadType } from './errors';
import { canSeeCompanyRow, visibleOrNull } from './visibility';

export const PointOfSale = builder.prismaObject('PointOfSale', {
  description: 'A store of the company. Its settings decide SMS confirmation of bonus payments and how returns treat spent bonuses.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    address: t.exposeString('address', { nullable: true }),
    confirmPaymentBySms: t.exposeBoolean('confirmPaymentBySms', { description: 'Paying with bonuses needs a code sent to the member.' }),
    returnPolicy: t.field({ type: ReturnPolicy, resolve: (p) => p.returnPolicy }),
    company: t.relation('company'),
    terminals: t.relation('terminals', { authScopes: { operator: true }, query: { orderBy: { createdAt: 'asc' } } }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.asEntity(PointOfSale, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: async ({ id }, ctx) => visibleOrNull(await ctx.loaders.pointOfSale.load(id), (p) => canSeeCompanyRow(ctx.identity, p)),
});

const CreatePointOfSaleInput = builder.inputType('CreatePointOfSaleInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    address: t.string(),
    confirmPaymentBySms: t.boolean({ description: 'Default false.' }),
    returnPolicy: t.field({ type: ReturnPolicy, description: 'Default WRITE_OFF_TO_NEGATIVE.' }),
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
    args: { input: t.arg({ type: CreatePointOfSaleInput, required: true }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.companies.createPointOfSale(ctx.identity, input)),
  }),
);

const UpdatePointOfSaleInput = builder.inputType('UpdatePointOfSaleInput', {
  fields: (t) => ({
    pointOfSaleId: t.id({ required: true }),
    name: t.string(),
    address: t.string(),
    confirmPaymentBySms: t.boolean(),
    returnPolicy: t.field({ type: ReturnPolicy }),
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
    args: { input: t.arg({ type: UpdatePointOfSaleInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      attempt(() => ctx.services.companies.updatePointOfSale(ctx.identity, { ...input, pointOfSaleId: String(input.pointOfSaleId) })),
  }),
);
