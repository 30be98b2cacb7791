import { builder } from '../builder';
import type { LedgerErrorCode } from '../domain/errors';
import { amount } from '../domain/money';
import { attempt, ErrorCode, errorsField, type Outcome } from './errors';
import { OperationKind } from './operation';

const ImportOperationRow = builder.inputType('ImportOperationRow', {
  description:
    'One historical operation. Identify the member by memberId, cardNumber or phone (the first given wins). Blocked members’ history is imported too.',
  fields: (t) => ({
    externalId: t.string({ required: true, description: 'Its id in the source system (1 to 200 characters); a row imported before is skipped.' }),
    memberId: t.id({ description: 'The member.' }),
    cardNumber: t.string({ description: 'A card bound to the member, instead of memberId.' }),
    phone: t.string({ description: 'The member’s phone (any usual spelling of an international number), instead of memberId or cardNumber.' }),
    currency: t.string({ description: 'Bonus currency code; the default one when omitted.' }),
    kind: t.field({
      type: OperationKind,
      required: true,
      description: 'ACCRUAL (points earned), PAYMENT (spent on a purchase) or DEDUCTION (taken off by hand).',
    }),
    amount: t.field({ type: 'Decimal', required: true, description: 'Bonuses: positive, at most 2 decimal places.' }),
    effectiveAt: t.field({ type: 'DateTime', required: true, description: 'When it happened in the source system; rows are applied in this order.' }),
    activatesAt: t.field({ type: 'DateTime', description: 'An accrual: not payable before; from effectiveAt when omitted.' }),
    expiresAt: t.field({ type: 'DateTime', description: 'An accrual: expires unspent at; never when omitted.' }),
    reason: t.string({ description: 'Kept on the operation; `import` (accruals) or `import <externalId>` when omitted.' }),
  }),
});

type Rejection = { row: number; externalId: string | null; memberId: string | null; code: LedgerErrorCode; message: string; field: string | null };

const RejectedRow = builder.objectRef<Rejection>('RejectedImportRow').implement({
  description: 'A row a bulk job refused, with why; the other rows went on.',
  fields: (t) => ({
    externalId: t.string({ nullable: true, description: 'The import row’s externalId.', resolve: (r) => r.externalId }),
    memberId: t.id({ nullable: true, description: 'The bulk accrual’s member.', resolve: (r) => r.memberId }),
    row: t.exposeInt('row', { description: 'Position in the input (from 0).' }),
    code: t.field({ type: ErrorCode, description: 'Why the row was refused, as a mutation would have been.', resolve: (r) => r.code }),
    message: t.exposeString('message', { description: 'Why, for people.' }),
    field: t.exposeString('field', { nullable: true, description: 'The row’s field at fault; null when no one field is.' }),
  }),
});

const BulkJobKind = builder.enumType('BulkJobKind', {
  description: 'Which call submitted a bulk job.',
  values: {
    IMPORT_OPERATIONS: { description: 'importOperations: a history from another system, one row per operation.' },
    ACCRUE_BULK: { description: 'accrueBonusesBulk: one accrual for each of a list of members.' },
  } as const,
});
const BulkJobState = builder.enumType('BulkJobState', {
  description: 'How far a bulk job has got.',
  values: {
    QUEUED: { description: 'Waiting for a runner.' },
    RUNNING: { description: 'Being applied; `processed` says how far.' },
    COMPLETED: { description: 'Every row applied, skipped or refused.' },
  } as const,
});

export const BulkJob = builder.prismaObject('BulkJob', {
  description:
    'A bulk request run as a job, once per idempotency key of its caller: its rows are applied one by one, each exactly once even across restarts, and its progress can be read while it runs.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The job’s id, for bulkJob(id).' }),
    kind: t.field({ type: BulkJobKind, description: 'Which call submitted it.', resolve: (j) => j.kind }),
    state: t.field({ type: BulkJobState, description: 'How far it has got.', resolve: (j) => j.state }),
    total: t.exposeInt('total', { description: 'Rows in the request.' }),
    processed: t.exposeInt('processed', { description: 'Rows done so far (applied, skipped or refused).' }),
    applied: t.exposeInt('applied', { description: 'Rows that became operations.' }),
    skipped: t.stringList({ description: 'Rows done before (imports: their externalIds).', resolve: (j) => j.skipped as string[] }),
    rejected: t.field({
      type: [RejectedRow],
      description: 'Rows refused so far, with why, in the order they were done.',
      resolve: (j) => j.rejected as unknown as Rejection[],
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was submitted.' }),
    startedAt: t.expose('startedAt', { type: 'DateTime', nullable: true, description: 'When a runner first took it up; null while QUEUED.' }),
    finishedAt: t.expose('finishedAt', { type: 'DateTime', nullable: true, description: 'When its last row was done; null until COMPLETED.' }),
  }),
});

/** The job a bulk call submitted, as the payload reads it. */
const jobOf = (o: Outcome<string>, ctx: { db: import('../data/prisma').LedgerPrisma }) =>
  o.result ? ctx.db.bulkJob.findUniqueOrThrow({ where: { id: o.result } }) : null;

const ImportOperationsPayload = builder.objectRef<Outcome<string>>('ImportOperationsPayload').implement({
  description: 'The import’s job (COMPLETED at once for up to 100 rows), and what it has done so far.',
  fields: (t) => ({
    job: t.prismaField({
      type: 'BulkJob',
      nullable: true,
      description: 'The job, with its progress. Null when errors is not empty.',
      resolve: (_query, o, _args, ctx) => jobOf(o, ctx),
    }),
    imported: t.int({ description: 'Rows applied so far.', resolve: async (o, _args, ctx) => (await jobOf(o, ctx))?.applied ?? 0 }),
    skipped: t.stringList({
      description: 'externalIds imported before.',
      resolve: async (o, _args, ctx) => ((await jobOf(o, ctx))?.skipped as string[]) ?? [],
    }),
    rejected: t.field({
      type: [RejectedRow],
      description: 'Rows refused so far, with why; the other rows went on.',
      resolve: async (o, _args, ctx) => ((await jobOf(o, ctx))?.rejected as unknown as Rejection[]) ?? [],
    }),
    errors: errorsField(t),
  }),
});

builder.mutationField('importOperations', (t) =>
  t.field({
    type: ImportOperationsPayload,
    description:
      'Admins: imports a history with its original times as a job, applied in effective-time order under the live rules; idempotent by externalId, and the same request (or key) is the same job; each refused row is reported with its reason while the others go on. Up to 10,000 rows per call; up to 100 are done before the call answers, larger jobs run in the background (read their progress with bulkJob). Errors: INVALID_INPUT, IDEMPOTENCY_CONFLICT.',
    authScopes: { role: ['ADMIN'] },
    args: {
      input: t.arg({
        type: builder.inputType('ImportOperationsInput', {
          description: 'A history to import, as one job.',
          fields: (f) => ({
            rows: f.field({ type: [ImportOperationRow], required: true, description: '1 to 10,000 operations, in any order.' }),
            idempotencyKey: f.string({ description: 'Optional: without one, the same rows sent again are the same job.' }),
          }),
        }),
        required: true,
        description: 'The rows to import.',
      }),
    },
    resolve: (_root, { input }, ctx) =>
      attempt(() =>
        ctx.services.imports.importOperations(
          ctx.identity,
          input.rows.map((row) => ({ ...row, memberId: row.memberId?.toString(), amount: amount(row.amount) })),
          input.idempotencyKey ?? null,
        ),
      ),
  }),
);

const AccrueBonusesBulkPayload = builder.objectRef<Outcome<string>>('AccrueBonusesBulkPayload').implement({
  description: 'The bulk accrual’s job (COMPLETED at once for up to 100 members), and what it has done so far.',
  fields: (t) => ({
    job: t.prismaField({
      type: 'BulkJob',
      nullable: true,
      description: 'The job, with its progress. Null when errors is not empty.',
      resolve: (_query, o, _args, ctx) => jobOf(o, ctx),
    }),
    accrued: t.int({ description: 'Members accrued so far.', resolve: async (o, _args, ctx) => (await jobOf(o, ctx))?.applied ?? 0 }),
    rejected: t.field({
      type: [RejectedRow],
      description: 'Members refused (unknown, blocked…), with why.',
      resolve: async (o, _args, ctx) => ((await jobOf(o, ctx))?.rejected as unknown as Rejection[]) ?? [],
    }),
    errors: errorsField(t),
  }),
});

const AccrueBonusesBulkInput = builder.inputType('AccrueBonusesBulkInput', {
  description: 'The same accrual for a list of members.',
  fields: (t) => ({
    idempotencyKey: t.string({ required: true, description: 'Unique per request: a retry with the same key is the same job and accrues nothing twice.' }),
    memberIds: t.idList({ required: true, description: 'Up to 10,000 members (each accrued once).' }),
    amount: t.field({
      type: 'Decimal',
      required: true,
      description: 'Bonuses for each member: positive, at most 2 decimal places (otherwise each member is refused).',
    }),
    currency: t.string({ description: 'Bonus currency code; the default one when omitted.' }),
    reason: t.string({ description: 'Why (a campaign, a goodwill gesture…); kept on each operation.' }),
    activatesAt: t.field({ type: 'DateTime', description: 'Not payable before; at once when omitted.' }),
    expiresAt: t.field({ type: 'DateTime', description: 'Expires unspent at; never when omitted.' }),
  }),
});

builder.mutationField('accrueBonusesBulk', (t) =>
  t.field({
    type: AccrueBonusesBulkPayload,
    description:
      'Admins and marketers: the same accrual for a list of members, as a job once per idempotency key; each member is applied on its own and refusals are listed. Up to 100 members are done before the call answers; larger jobs run in the background (bulkJob). A member refused (unknown, blocked, an invalid amount…) is listed in rejected with its code. Emits bonuses.accrued for each member accrued. Errors: INVALID_INPUT, IDEMPOTENCY_CONFLICT.',
    authScopes: { role: ['ADMIN', 'MARKETER'] },
    args: { input: t.arg({ type: AccrueBonusesBulkInput, required: true, description: 'Whom to accrue to and how much.' }) },
    resolve: (_root, { input }, ctx) =>
      attempt(() =>
        ctx.services.imports.accrueForMembers(
          ctx.identity,
          { ...input, memberIds: input.memberIds.map(String), amount: amount(input.amount) },
          input.idempotencyKey,
        ),
      ),
  }),
);

builder.queryField('bulkJob', (t) =>
  t.prismaField({
    type: 'BulkJob',
    nullable: true,
    description: 'Admins and marketers: a bulk job of their company, with its progress. Null when unknown.',
    authScopes: { role: ['ADMIN', 'MARKETER'] },
    args: { id: t.arg.id({ required: true, description: 'The job’s id, from the payload that submitted it.' }) },
    resolve: (query, _root, args, ctx) =>
      ctx.identity.kind === 'operator' && /^[0-9a-f-]{36}$/i.test(String(args.id))
        ? ctx.db.bulkJob.findFirst({ ...query, where: { id: String(args.id), companyId: ctx.identity.companyId } })
        : null,
  }),
);
