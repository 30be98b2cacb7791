import { requireOperator } from '../../../infra/auth/access';
import type { Identity } from '../../../infra/auth/identity';
import { runTransaction } from '../../../infra/db/transaction';
import { BusinessError } from '../../../infra/errors/business-error';
import { findCardRef, findMemberByPhoneKey } from '../data/refs-store';
import { LedgerError } from '../domain/errors';
import type { Decimal } from '../domain/money';
import type { LedgerDeps } from './deps';
import { isUniqueViolation } from './idempotency';
import type { createLedgerService } from './ledger-service';
import { rebuildCheckpoints } from './ledger-writer';
import { phoneKeyOf } from './pos-member';

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

export interface ImportReport {
  imported: number;
  skipped: string[];
  rejected: Array<{ externalId: string; row: number; code: string; message: string; field: string | null }>;
}

export const MAX_IMPORT_ROWS = 10_000;

/**
 * Imports a history (moving a program from another system): rows applied in effective-time order,
 * each in its own transaction with the same rules as live operations; a row whose externalId was
 * imported before is skipped; a refused row is reported with its reason and the others go on.
 */
export function createImportService(deps: LedgerDeps, ledger: ReturnType<typeof createLedgerService>) {
  async function memberOf(companyId: string, row: ImportRow): Promise<string> {
    if (row.memberId) return row.memberId;
    if (row.cardNumber) {
      const card = await findCardRef(deps.db, companyId, row.cardNumber.replace(/[\s-]/g, ''));
      if (card?.memberId) return card.memberId;
      throw new LedgerError('CARD_NOT_FOUND', 'No card with this number is in use', 'cardNumber');
    }
    if (row.phone) {
      const member = await findMemberByPhoneKey(deps.db, companyId, phoneKeyOf(row.phone, deps.phoneKeySecret));
      if (member) return member.memberId;
      throw new LedgerError('MEMBER_NOT_FOUND', 'No member with this phone', 'phone');
    }
    throw new LedgerError('INVALID_INPUT', 'Identify the member by memberId, cardNumber or phone', 'memberId');
  }

  return {
    async importOperations(identity: Identity, rows: ImportRow[]): Promise<ImportReport> {
      const admin = requireOperator(identity, ['ADMIN']);
      if (rows.length > MAX_IMPORT_ROWS) throw new LedgerError('INVALID_INPUT', `At most ${MAX_IMPORT_ROWS} rows per call`, 'rows');
      const report: ImportReport = { imported: 0, skipped: [], rejected: [] };
      const order = rows.map((row, index) => ({ row, index })).sort((a, b) => a.row.effectiveAt.getTime() - b.row.effectiveAt.getTime() || a.index - b.index);
      const touched = new Set<string>();
      for (const { row, index } of order) {
        try {
          const externalId = row.externalId.trim();
          if (!externalId || externalId.length > 200) throw new LedgerError('INVALID_INPUT', 'externalId: 1 to 200 characters', 'externalId');
          const seen = await deps.db.operation.findUnique({
            where: { companyId_externalId: { companyId: admin.companyId, externalId } },
            select: { id: true },
          });
          if (seen) {
            report.skipped.push(externalId);
            continue;
          }
          const memberId = await memberOf(admin.companyId, row);
          const common = { memberId, currency: row.currency, amount: row.amount, effectiveAt: row.effectiveAt, externalId, allowBlocked: true };
          const result =
            row.kind === 'ACCRUAL'
              ? await ledger.accrueBonuses(identity, { ...common, activatesAt: row.activatesAt, expiresAt: row.expiresAt, reason: row.reason ?? 'import' })
              : await ledger.deductBonuses(identity, { ...common, kind: row.kind, reason: row.reason?.trim() || `import ${externalId}` });
          touched.add(result.accountId);
          report.imported++;
        } catch (error) {
          if (isUniqueViolation(error)) {
            report.skipped.push(row.externalId.trim());
          } else if (error instanceof BusinessError) {
            report.rejected.push({ externalId: row.externalId, row: index, code: error.code, message: error.message, field: error.field });
          } else {
            throw error;
          }
        }
      }
      // An imported history arrives out of time order with live writes; lay its checkpoints afresh.
      for (const accountId of touched) await runTransaction(deps, (tx) => rebuildCheckpoints(tx, accountId, deps.clock.now()), { timeoutMs: 120_000 });
      return report;
    },

    /** Bulk accrual for a list of members (an audience, a campaign): each member applied on its own. */
    async accrueForMembers(
      identity: Identity,
      input: { memberIds: string[]; amount: Decimal; currency?: string | null; reason?: string | null; activatesAt?: Date | null; expiresAt?: Date | null },
    ) {
      requireOperator(identity, ['ADMIN', 'MARKETER']);
      if (input.memberIds.length === 0 || input.memberIds.length > MAX_IMPORT_ROWS)
        throw new LedgerError('INVALID_INPUT', `1 to ${MAX_IMPORT_ROWS} members per call`, 'memberIds');
      let accrued = 0;
      const rejected: Array<{ memberId: string; code: string; message: string }> = [];
      for (const memberId of new Set(input.memberIds)) {
        try {
          await ledger.accrueBonuses(identity, { ...input, memberId });
          accrued++;
        } catch (error) {
          if (!(error instanceof BusinessError)) throw error;
          rejected.push({ memberId, code: error.code, message: error.message });
        }
      }
      return { accrued, rejected };
    },
  };
}
