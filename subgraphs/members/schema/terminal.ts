import { builder } from '../builder';
import type { PosTerminal as TerminalRow } from '../data/prisma';
import { attempt, errorsField, type Outcome } from './errors';
import { canSeeCompanyRow, visibleOrNull } from './visibility';

export const PosTerminal = builder.prismaObject('PosTerminal', {
  description: 'A cash register. It signs in with its id and secret and acts only inside its company.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    active: t.exposeBoolean('active'),
    pointOfSale: t.relation('pointOfSale'),
    company: t.relation('company'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.asEntity(PosTerminal, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: async ({ id }, ctx) => visibleOrNull(await ctx.loaders.terminal.load(id), (p) => canSeeCompanyRow(ctx.identity, p)),
});

const CreatePosTerminalPayload = builder.objectRef<Outcome<{ terminal: TerminalRow; secret: string }>>('CreatePosTerminalPayload').implement({
  description: 'The new terminal and its secret.',
  fields: (t) => ({
    terminal: t.field({ type: PosTerminal, nullable: true, resolve: (o) => o.result?.terminal ?? null }),
    secret: t.string({
      nullable: true,
      description: 'Shown this once; only a hash is stored. Configure it in the register.',
      resolve: (o) => o.result?.secret ?? null,
    }),
    errors: errorsField(t),
  }),
});

const CreatePosTerminalInput = builder.inputType('CreatePosTerminalInput', {
  fields: (t) => ({ pointOfSaleId: t.id({ required: true }), name: t.string({ required: true }) }),
});

builder.mutationField('createPosTerminal', (t) =>
  t.field({
    type: CreatePosTerminalPayload,
    description:
      'Admins: registers a cash register at a point of sale and answers with its secret, shown this once. Emits pos_terminal.created. Errors: POINT_OF_SALE_NOT_FOUND, INVALID_INPUT.',
    authScopes: { role: ['ADMIN'] },
    args: { input: t.arg({ type: CreatePosTerminalInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      attempt(() => ctx.services.companies.createPosTerminal(ctx.identity, { ...input, pointOfSaleId: String(input.pointOfSaleId) })),
  }),
);

const LoginTerminalInput = builder.inputType('LoginTerminalInput', {
  fields: (t) => ({ terminalId: t.id({ required: true }), secret: t.string({ required: true }) }),
});

const LoginTerminalPayload = builder.objectRef<Outcome<{ token: string; terminal: TerminalRow }>>('LoginTerminalPayload').implement({
  fields: (t) => ({
    token: t.string({ nullable: true, description: 'Send as `Authorization: Bearer <token>`.', resolve: (o) => o.result?.token ?? null }),
    terminal: t.field({ type: PosTerminal, nullable: true, resolve: (o) => o.result?.terminal ?? null }),
    errors: errorsField(t),
  }),
});

builder.mutationField('loginTerminal', (t) =>
  t.field({
    type: LoginTerminalPayload,
    description:
      'Signs a cash register in with its id and secret; no token needed. After 5 failures in 15 minutes the terminal is locked for 15 minutes. A deactivated terminal cannot sign in. Errors: INVALID_CREDENTIALS, TOO_MANY_ATTEMPTS.',
    args: { input: t.arg({ type: LoginTerminalInput, required: true }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.auth.loginTerminal({ terminalId: String(input.terminalId), secret: input.secret })),
  }),
);
