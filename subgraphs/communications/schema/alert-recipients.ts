import { builder } from '../builder';
import { attempt, errorsField } from './errors';

builder.queryField('alertRecipients', (t) =>
  t.stringList({
    description: 'Admins and security: the email addresses the company’s limit alerts go to.',
    authScopes: { role: ['ADMIN', 'SECURITY'] },
    resolve: (_root, _args, ctx) => ctx.services.alertRecipients.list(ctx.identity),
  }),
);

const SetAlertRecipientsPayload = builder.objectRef<{ result: string[] | null; errors: { code: string; message: string; field: string | null }[] }>(
  'SetAlertRecipientsPayload',
);
SetAlertRecipientsPayload.implement({
  description: 'What setAlertRecipients answers: the addresses now configured, or why they were refused.',
  fields: (t) => ({
    emails: t.stringList({
      nullable: true,
      description: 'The addresses, lower case, without repeats. Null when errors is not empty.',
      resolve: (o) => o.result,
    }),
    errors: errorsField(t),
  }),
});

const SetAlertRecipientsInput = builder.inputType('SetAlertRecipientsInput', {
  description: 'Where the company’s limit alerts go.',
  fields: (t) => ({
    emails: t.stringList({ required: true, description: 'Up to 20 email addresses; they replace the configured ones (an empty list sends alerts nowhere).' }),
  }),
});

builder.mutationField('setAlertRecipients', (t) =>
  t.field({
    type: SetAlertRecipientsPayload,
    description:
      'Admins and security: sets the email addresses the company’s limit alerts (limit.alert) go to, through its email provider (outside production, the development inbox when it has none). Errors: INVALID_INPUT, INVALID_DESTINATION.',
    authScopes: { role: ['ADMIN', 'SECURITY'] },
    args: { input: t.arg({ type: SetAlertRecipientsInput, required: true, description: 'The addresses.' }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.alertRecipients.setAlertRecipients(ctx.identity, input)),
  }),
);
