import { builder } from '../builder';
import type { PosTerminal as TerminalRow } from '../data/prisma';
import { attempt, errorsField, type Outcome, payloadType } from './errors';
import { PosTerminal } from './terminal';

const RemoveOperatorInput = builder.inputType('RemoveOperatorInput', {
  description: 'The operator to remove.',
  fields: (t) => ({ operatorId: t.id({ required: true, description: 'An operator of the caller’s company, not the caller.' }) }),
});

const RemoveOperatorPayload = builder.objectRef<Outcome<{ operatorId: string }>>('RemoveOperatorPayload').implement({
  description: 'What removeOperator answers: who was removed, or why not.',
  fields: (t) => ({
    operatorId: t.id({ nullable: true, description: 'The removed operator. Null when errors is not empty.', resolve: (o) => o.result?.operatorId ?? null }),
    errors: errorsField(t),
  }),
});

builder.mutationField('removeOperator', (t) =>
  t.field({
    type: RemoveOperatorPayload,
    description:
      'Admins: removes an operator of their company (not themselves): their sign-in goes with their email and password, every session of theirs ends and their tokens stop working within a second; what they did stays in staffActions. Emits operator.removed. Errors: INVALID_INPUT, OPERATOR_NOT_FOUND.',
    authScopes: { role: ['ADMIN'] },
    args: { input: t.arg({ type: RemoveOperatorInput, required: true, description: 'The operator.' }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.staffRemoval.removeOperator(ctx.identity, { operatorId: String(input.operatorId) })),
  }),
);

const DeactivatePosTerminalInput = builder.inputType('DeactivatePosTerminalInput', {
  description: 'The cash register to take out of service.',
  fields: (t) => ({ terminalId: t.id({ required: true, description: 'A terminal of the caller’s company.' }) }),
});

builder.mutationField('deactivatePosTerminal', (t) =>
  t.field({
    type: payloadType<TerminalRow>('DeactivatePosTerminalPayload', 'terminal', PosTerminal, {
      description: 'What deactivatePosTerminal answers.',
      result: 'The terminal, inactive.',
    }),
    description:
      'Admins: takes a cash register of their company out of service (lost, stolen, replaced): it can no longer sign in, every session of its ends and its tokens stop working within a second. Emits pos_terminal.deactivated. Errors: TERMINAL_NOT_FOUND.',
    authScopes: { role: ['ADMIN'] },
    args: { input: t.arg({ type: DeactivatePosTerminalInput, required: true, description: 'The terminal.' }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.staffRemoval.deactivatePosTerminal(ctx.identity, { terminalId: String(input.terminalId) })),
  }),
);
