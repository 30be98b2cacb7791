import type { LedgerDb, LedgerSql, Prisma } from './prisma';

/** Bulk jobs: their rows, cursor and results (Prisma model API; claiming and the cursor are plain SQL). */

export type BulkJobRow = Prisma.BulkJobGetPayload<object>;

export function findBulkJobByKey(db: LedgerDb, callerId: string, key: string) {
  return db.bulkJob.findUnique({ where: { callerId_key: { callerId, key } } });
}

export function createBulkJob(db: LedgerDb, data: Prisma.BulkJobUncheckedCreateInput) {
  return db.bulkJob.create({ data });
}

/** Takes the oldest job nobody holds, for `leaseMs`; null when there is none. */
export async function claimBulkJob(db: LedgerSql, now: Date, leaseMs: number): Promise<string | null> {
  const rows = await db.$queryRaw<Array<{ id: string }>>`
    UPDATE bulk_jobs SET state = 'RUNNING', lease_until = ${new Date(now.getTime() + leaseMs)}, started_at = coalesce(started_at, ${now})
     WHERE id = (SELECT id FROM bulk_jobs
                  WHERE state <> 'COMPLETED' AND (lease_until IS NULL OR lease_until < ${now})
                  ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
    RETURNING id`;
  return rows[0]?.id ?? null;
}

/**
 * Moves the job's cursor past row `at` with its outcome, in the caller's transaction; false when the
 * cursor is elsewhere (another runner took the job over), and the caller must roll back.
 */
export async function advanceBulkJob(
  tx: LedgerSql,
  id: string,
  at: number,
  outcome: { applied?: boolean; skipped?: string; rejected?: object; accountId?: string | null; leaseUntil: Date },
): Promise<boolean> {
  const skipped = outcome.skipped === undefined ? [] : [outcome.skipped];
  const rejected = outcome.rejected === undefined ? [] : [outcome.rejected];
  const touched = outcome.accountId ? [outcome.accountId] : [];
  const moved = await tx.$executeRaw`
    UPDATE bulk_jobs SET processed = processed + 1, applied = applied + ${outcome.applied ? 1 : 0},
           skipped = skipped || ${JSON.stringify(skipped)}::jsonb, rejected = rejected || ${JSON.stringify(rejected)}::jsonb,
           touched = CASE WHEN ${touched}::uuid[] <@ touched THEN touched ELSE touched || ${touched}::uuid[] END,
           lease_until = ${outcome.leaseUntil}
     WHERE id = ${id}::uuid AND processed = ${at}`;
  return moved === 1;
}

/** A finished job keeps its results, not its rows: they name members by phone and card, and are not needed again. */
export async function completeBulkJob(db: LedgerSql, id: string, now: Date): Promise<void> {
  await db.$executeRaw`UPDATE bulk_jobs SET state = 'COMPLETED', finished_at = ${now}, lease_until = NULL, rows = '[]'::jsonb WHERE id = ${id}::uuid`;
}
