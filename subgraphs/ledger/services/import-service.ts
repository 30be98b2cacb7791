import type { Identity } from '../../../infra/auth/identity';
import type { LedgerDb } from '../data/prisma';
import { findCardRef, findMemberByPhoneKey } from '../data/refs-store';
import { LedgerError } from '../domain/errors';
import type { Decimal } from '../domain/money';
import { createBulkJobs, rowValues, type StoredBulkRow } from './bulk-jobs';
import type { LedgerDeps } from './deps';
import type { createLedgerService } from './ledger-service';
import { phoneKeysOf } from './pos-member';

export interface ImportRow {
  externalId: string;
  memberId?: string | null;
  cardNumber?: string | null;
  phone?: string | null;
  currency?: string | null;
  kind: 'ACCRUAL' | 'PAYMENT' | 'DEDUCTION';
  amount: Decimal;
  effectiveAt: Date;
  activatesAt?: Date | null;
  expiresAt?: Date | null;
  reason?: string | null;
}

export interface BulkAccrualInput {
  memberIds: string[];
  amount: Decimal;
  currency?: string | null;
  reason?: string | null;
  activatesAt?: Date | null;
  expiresAt?: Date | null;
}

export const MAX_IMPORT_ROWS = 10_000;

const iso = (value: Date | null | undefined) => value?.toISOString() ?? null;

/**
 * Imports of history (moving a program from another system) and bulk accruals, both run as jobs
 * (services/bulk-jobs.ts). An import applies its rows in effective-time order, each under the live
 * rules; a row whose externalId was imported before is skipped; a refused row is reported with its
 * reason and the others go on. A bulk accrual applies the same accrual to each member once.
 */
export function createImportService(deps: LedgerDeps, ledger: ReturnType<typeof createLedgerService>) {
  async function memberOf(tx: LedgerDb, companyId: string, row: StoredBulkRow): Promise<string> {
    if (row.memberId) return row.memberId;
    if (row.cardNumber) {
      const card = await findCardRef(tx, companyId, row.cardNumber.replace(/[\s-]/g, ''));
      if (card?.memberId) return card.memberId;
      throw new LedgerError('CARD_NOT_FOUND', 'No card with this number is in use', 'cardNumber');
    }
    if (row.phone) {
      const member = await findMemberByPhoneKey(tx, companyId, phoneKeysOf(row.phone, deps.phoneKeySecrets));
      if (member) return member.memberId;
      throw new LedgerError('MEMBER_NOT_FOUND', 'No member with this phone', 'phone');
    }
    throw new LedgerError('INVALID_INPUT', 'Identify the member by memberId, cardNumber or phone', 'memberId');
  }

  const jobs = createBulkJobs(deps, {
    IMPORT_OPERATIONS: async (tx, actor, row, now) => {
      const externalId = row.externalId?.trim() ?? '';
      if (!externalId || externalId.length > 200) throw new LedgerError('INVALID_INPUT', 'externalId: 1 to 200 characters', 'externalId');
      const seen = await tx.operation.findUnique({ where: { companyId_externalId: { companyId: actor.companyId, externalId } }, select: { id: true } });
      if (seen) return 'SKIPPED';
      const values = rowValues(row);
      const common = { memberId: await memberOf(tx, actor.companyId, row), currency: row.currency, ...values, externalId, allowBlocked: true };
      const recorded =
        row.kind === 'ACCRUAL'
          ? await ledger.recordAccrual(tx, actor, { ...common, reason: row.reason ?? 'import' }, now)
          : await ledger.recordDeduction(tx, actor, { ...common, kind: row.kind, reason: row.reason?.trim() || `import ${externalId}` }, now);
      return { accountId: recorded.accountId };
    },
    ACCRUE_BULK: async (tx, actor, row, now) => {
      const recorded = await ledger.recordAccrual(tx, actor, { memberId: row.memberId, currency: row.currency, reason: row.reason, ...rowValues(row) }, now);
      return { accountId: recorded.accountId };
    },
  });

  return {
    jobs,

    /** Admins: a history as a job; a retried import (same key, or the same rows without one) is the same job. Answers with the job's id. */
    importOperations(identity: Identity, rows: ImportRow[], idempotencyKey: string | null = null): Promise<string> {
      if (rows.length === 0 || rows.length > MAX_IMPORT_ROWS) throw new LedgerError('INVALID_INPUT', `1 to ${MAX_IMPORT_ROWS} rows per call`, 'rows');
      const stored = rows
        .map(
          (row, index): StoredBulkRow => ({
            index,
            externalId: row.externalId,
            memberId: row.memberId ?? null,
            cardNumber: row.cardNumber ?? null,
            phone: row.phone ?? null,
            currency: row.currency ?? null,
            kind: row.kind,
            amount: row.amount.toFixed(),
            effectiveAt: iso(row.effectiveAt),
            activatesAt: iso(row.activatesAt),
            expiresAt: iso(row.expiresAt),
            reason: row.reason ?? null,
          }),
        )
        .sort((a, b) => Date.parse(a.effectiveAt as string) - Date.parse(b.effectiveAt as string) || a.index - b.index);
      return jobs.submit(identity, ['ADMIN'], { kind: 'IMPORT_OPERATIONS', key: idempotencyKey, fingerprint: stored, rows: stored });
    },

    /** Admins and marketers: the same accrual for a list of members as a job, once per idempotency key; each member accrued once. */
    accrueForMembers(identity: Identity, input: BulkAccrualInput, idempotencyKey: string): Promise<string> {
      // Ids are UUIDs: the same member however the letters are cased.
      const memberIds = [...new Set(input.memberIds.map((id) => id.trim().toLowerCase()))];
      if (memberIds.length === 0 || memberIds.length > MAX_IMPORT_ROWS)
        throw new LedgerError('INVALID_INPUT', `1 to ${MAX_IMPORT_ROWS} members per call`, 'memberIds');
      const common = {
        kind: 'ACCRUAL' as const,
        amount: input.amount.toFixed(),
        currency: input.currency ?? null,
        reason: input.reason ?? null,
        activatesAt: iso(input.activatesAt),
        expiresAt: iso(input.expiresAt),
      };
      const stored = memberIds.map((memberId, index): StoredBulkRow => ({ index, memberId, ...common }));
      return jobs.submit(identity, ['ADMIN', 'MARKETER'], { kind: 'ACCRUE_BULK', key: idempotencyKey, fingerprint: { memberIds, ...common }, rows: stored });
    },
  };
}
