import { outsideHistory } from '../../../infra/time/history-bounds';
import type { LedgerSql } from '../data/prisma';
import { companyHistoryStart } from '../data/refs-store';
import { LedgerError } from '../domain/errors';

/** Refuses dates outside the company's history (from its start up to HISTORY_END), each named by its field. */
export async function checkWithinHistory(db: LedgerSql, companyId: string, dates: Record<string, Date | null | undefined>): Promise<void> {
  const start = await companyHistoryStart(db, companyId);
  for (const [field, at] of Object.entries(dates)) {
    const problem = at ? outsideHistory(at, start) : null;
    if (problem) throw new LedgerError('DATE_OUT_OF_RANGE', problem, field);
  }
}
