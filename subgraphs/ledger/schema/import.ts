import { builder } from '../builder';
import { amount } from '../domain/money';
import type { ImportReport } from '../services/import-service';
import { attempt, errorsField, type Outcome } from './errors';
import { OperationKind } from './operation';

const ImportOperationRow = builder.inputType('ImportOperationRow', {
  description: 'One historical operation. Identify the member by memberId or cardNumber.',
  fields: (t) => ({
    externalId: t.string({ required: true, description: 'Its id in the source system; a row imported before is skipped.' }),
    memberId: t.id(),
    cardNumber: t.string(),
    phone: t.string({ description: 'The member’s phone (any usual spelling of an international number).' }),
    currency: t.string(),
    kind: t.field({ type: OperationKind, required: true }),
    amount: t.field({ type: 'Decimal', required: true }),
    effectiveAt: t.field({ type: 'DateTime', required: true }),
    activatesAt: t.field({ type: 'DateTime' }),
    expiresAt: t.field({ type: 'DateTime' }),
    reason: t.string(),
  }),
});

const RejectedRow = builder.objectRef<ImportReport['rejected'][number]>('RejectedImportRow').implement({
  fields: (t) => ({
    externalId: t.exposeString('externalId'),
    row: t.exposeInt('row', { description: 'Position in the input (from 0).' }),
    code: t.exposeString('code'),
    message: t.exposeString('message'),
    field: t.exposeString('field', { nullable: true }),
  }),
});

const ImportOperationsPayload = builder.objectRef<Outcome<ImportReport>>('ImportOperationsPayload').implement({
  fields: (t) => ({
    imported: t.int({ resolve: (o) => o.result?.imported ?? 0 }),
    skipped: t.stringList({ description: 'externalIds imported before.', resolve: (o) => o.result?.skipped ?? [] }),
    rejected: t.field({ type: [RejectedRow], resolve: (o) => o.result?.rejected ?? [] }),
    errors: errorsField(t),
  }),
});

builder.mutationField('importOperations', (t) =>
  t.field({
    type: ImportOperationsPayload,
    description:
      'Admins: imports a history with its original times, applied in effective-time order under the live rules; idempotent by externalId; each refused row is reported with its reason while the others go on. Up to 10,000 rows per call.',
    authScopes: { role: ['ADMIN'] },
    args: {
      input: t.arg({
        type: builder.inputType('ImportOperationsInput', { fields: (f) => ({ rows: f.field({ type: [ImportOperationRow], required: true }) }) }),
        required: true,
      }),
    },
    resolve: (_root, { input }, ctx) =>
      attempt(() =>
        ctx.services.imports.importOperations(
          ctx.identity,
          input.rows.map((row) => ({ ...row, memberId: row.memberId?.toString(), amount: amount(row.amount) })),
        ),
      ),
  }),
);

const BulkRejection = builder.objectRef<{ memberId: string; code: string; message: string }>('BulkAccrualRejection').implement({
  fields: (t) => ({ memberId: t.exposeID('memberId'), code: t.exposeString('code'), message: t.exposeString('message') }),
});

const AccrueBonusesBulkPayload = builder
  .objectRef<Outcome<{ accrued: number; rejected: Array<{ memberId: string; code: string; message: string }> }>>('AccrueBonusesBulkPayload')
  .implement({
    fields: (t) => ({
      accrued: t.int({ resolve: (o) => o.result?.accrued ?? 0 }),
      rejected: t.field({ type: [BulkRejection], description: 'Members refused (unknown, blocked…), with why.', resolve: (o) => o.result?.rejected ?? [] }),
      errors: errorsField(t),
    }),
  });

const AccrueBonusesBulkInput = builder.inputType('AccrueBonusesBulkInput', {
  fields: (t) => ({
    memberIds: t.idList({ required: true, description: 'Up to 10,000 members.' }),
    amount: t.field({ type: 'Decimal', required: true }),
    currency: t.string(),
    reason: t.string(),
    activatesAt: t.field({ type: 'DateTime' }),
    expiresAt: t.field({ type: 'DateTime' }),
  }),
});

builder.mutationField('accrueBonusesBulk', (t) =>
  t.field({
    type: AccrueBonusesBulkPayload,
    description: 'Admins and marketers: the same accrual for a list of members; each member is applied on its own and refusals are listed.',
    authScopes: { role: ['ADMIN', 'MARKETER'] },
    args: { input: t.arg({ type: AccrueBonusesBulkInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      attempt(() => ctx.services.imports.accrueForMembers(ctx.identity, { ...input, memberIds: input.memberIds.map(String), amount: amount(input.amount) })),
  }),
);
