import { builder } from '../builder';
import type { PosTerminal as TerminalRow } from '../data/prisma';
import type { SessionTokens } from '../services/session-service';
import { attempt, errorsField, type Outcome } from './errors';
import { sessionTokenFields } from './session';
import { canSeeCompanyRow, visibleOrNull } from './visibility';

export const PosTerminal = builder.prismaObject('PosTerminal', {
  description: 'A cash register. It signs in with its id and secret and acts only inside its company.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The terminal’s id: with its secret, what it signs in with.' }),
    name: t.exposeString('name', { description: 'Its name for people (“Till 1”).' }),
    active: t.exposeBoolean('active', { description: 'Whether it may sign in.' }),
    pointOfSale: t.relation('pointOfSale', { description: 'The store it stands in; its operations settle there.' }),
    company: t.relation('company', { description: 'The company it belongs to.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was registered.' }),
  }),
});

builder.asEntity(PosTerminal, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: async ({ id }, ctx) => visibleOrNull(await ctx.loaders.terminal.load(id), (p) => canSeeCompanyRow(ctx.identity, p)),
});

const CreatePosTerminalPayload = builder.objectRef<Outcome<{ terminal: TerminalRow; secret: string }>>('CreatePosTerminalPayload').implement({
  description: 'The new terminal and its secret.',
  fields: (t) => ({
    terminal: t.field({
      type: PosTerminal,
      nullable: true,
      description: 'The new terminal. Null when errors is not empty.',
      resolve: (o) => o.result?.terminal ?? null,
    }),
    secret: t.string({
      nullable: true,
      description: 'Shown this once; only a hash is stored. Configure it in the register.',
      resolve: (o) => o.result?.secret ?? null,
    }),
    errors: errorsField(t),
  }),
});

const CreatePosTerminalInput = builder.inputType('CreatePosTerminalInput', {
  description: 'A new cash register at a store of the caller’s company.',
  fields: (t) => ({
    pointOfSaleId: t.id({ required: true, description: 'The store it stands in.' }),
    name: t.string({ required: true, description: 'Its name for people, 1 to 200 characters.' }),
  }),
});

builder.mutationField('createPosTerminal', (t) =>
  t.field({
    type: CreatePosTerminalPayload,
    description:
      'Admins: registers a cash register at a point of sale and answers with its secret, shown this once. Emits pos_terminal.created. Errors: POINT_OF_SALE_NOT_FOUND, INVALID_INPUT.',
    authScopes: { role: ['ADMIN'] },
    args: { input: t.arg({ type: CreatePosTerminalInput, required: true, description: 'The terminal to register.' }) },
    resolve: (_root, { input }, ctx) =>
      attempt(() => ctx.services.companies.createPosTerminal(ctx.identity, { ...input, pointOfSaleId: String(input.pointOfSaleId) })),
  }),
);

const LoginTerminalInput = builder.inputType('LoginTerminalInput', {
  description: 'A terminal’s credentials, as createPosTerminal gave them.',
  fields: (t) => ({
    terminalId: t.id({ required: true, description: 'The terminal’s id.' }),
    secret: t.string({ required: true, description: 'The secret createPosTerminal showed once.' }),
  }),
});

const LoginTerminalPayload = builder.objectRef<Outcome<SessionTokens & { terminal: TerminalRow }>>('LoginTerminalPayload').implement({
  description: 'What loginTerminal answers: a session for the terminal, or why the sign-in failed.',
  fields: (t) => ({
    ...sessionTokenFields(t),
    terminal: t.field({
      type: PosTerminal,
      nullable: true,
      description: 'The signed-in terminal. Null when errors is not empty.',
      resolve: (o) => o.result?.terminal ?? null,
    }),
    errors: errorsField(t),
  }),
});

builder.mutationField('loginTerminal', (t) =>
  t.field({
    type: LoginTerminalPayload,
    description:
      'Signs a cash register in with its id and secret; no token needed. After 5 failures in 15 minutes the terminal is locked for 15 minutes. A deactivated terminal cannot sign in. Errors: INVALID_CREDENTIALS, TOO_MANY_ATTEMPTS.',
    args: { input: t.arg({ type: LoginTerminalInput, required: true, description: 'The terminal’s id and secret.' }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.auth.loginTerminal({ terminalId: String(input.terminalId), secret: input.secret })),
  }),
);
