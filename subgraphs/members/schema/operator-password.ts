import { builder } from '../builder';
import type { Operator as OperatorRow } from '../data/prisma';
import { Operator } from './company';
import { attempt, errorsField, type Outcome } from './errors';

const ChangeOperatorPasswordInput = builder.inputType('ChangeOperatorPasswordInput', {
  description: 'The signed-in operator’s current password and the new one.',
  fields: (t) => ({
    currentPassword: t.string({ required: true, description: 'The password the operator signed in with.' }),
    newPassword: t.string({ required: true, description: '8+ characters with letters and digits, different from the current one.' }),
  }),
});

const ChangeOperatorPasswordPayload = builder.objectRef<Outcome<{ token: string; operator: OperatorRow }>>('ChangeOperatorPasswordPayload').implement({
  description: 'The outcome of changeOperatorPassword.',
  fields: (t) => ({
    token: t.string({
      nullable: true,
      description: 'A new token to use from now on (`Authorization: Bearer <token>`); null when refused.',
      resolve: (o) => o.result?.token ?? null,
    }),
    operator: t.field({ type: Operator, nullable: true, description: 'The operator, null when refused.', resolve: (o) => o.result?.operator ?? null }),
    errors: errorsField(t),
  }),
});

builder.mutationField('changeOperatorPassword', (t) =>
  t.field({
    type: ChangeOperatorPasswordPayload,
    description:
      'The signed-in operator changes their own password. The first administrator created with a generated password must do this before anything else: until then their token serves this mutation only. Errors: INVALID_CREDENTIALS, TOO_MANY_ATTEMPTS, WEAK_PASSWORD, INVALID_INPUT.',
    authScopes: { changingPassword: true },
    args: { input: t.arg({ type: ChangeOperatorPasswordInput, required: true, description: 'The current password and the new one.' }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.auth.changeOperatorPassword(ctx.identity, input)),
  }),
);
