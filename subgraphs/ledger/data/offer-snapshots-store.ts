import type { OfferRule } from '../../../packages/mechanics/definition';
import type { LedgerSql } from './prisma';

/** The offers subgraph's snapshots as the ledger keeps them (its `offers.snapshot_published` event). */
export interface OfferSnapshotCopy {
  companyId: string;
  version: number;
  offers: OfferRule[];
  publishedAt: Date;
}

/** Keeps a snapshot; a redelivered one changes nothing. */
export async function saveOfferSnapshot(db: LedgerSql, snapshot: OfferSnapshotCopy): Promise<void> {
  await db.$executeRaw`
    INSERT INTO offer_snapshots (company_id, version, offers, published_at)
    VALUES (${snapshot.companyId}::uuid, ${snapshot.version}, ${JSON.stringify(snapshot.offers)}::jsonb, ${snapshot.publishedAt})
    ON CONFLICT (company_id, version) DO NOTHING`;
}

/** Whether no newer snapshot of the company has been kept (they may arrive out of order). */
export async function isNewestOfferSnapshot(db: LedgerSql, companyId: string, version: number): Promise<boolean> {
  const [row] = await db.$queryRaw<Array<{ newest: boolean }>>`
    SELECT NOT EXISTS (SELECT 1 FROM offer_snapshots WHERE company_id = ${companyId}::uuid AND version > ${version}) AS newest`;
  return row?.newest ?? true;
}

/**
 * One of the company's snapshots: the one of this version, or the newest published by a moment (an
 * offline receipt's sale), or the newest of all; null when there is none such.
 */
export async function findOfferSnapshot(
  db: LedgerSql,
  companyId: string,
  which: { version?: number; publishedBy?: Date } = {},
): Promise<OfferSnapshotCopy | null> {
  const rows = await db.$queryRaw<Array<{ version: number; offers: OfferRule[]; published_at: Date }>>`
    SELECT version, offers, published_at FROM offer_snapshots
     WHERE company_id = ${companyId}::uuid AND (${which.version ?? null}::int IS NULL OR version = ${which.version ?? null}::int)
       AND (${which.publishedBy ?? null}::timestamptz IS NULL OR published_at <= ${which.publishedBy ?? null}::timestamptz)
     ORDER BY version DESC LIMIT 1`;
  const row = rows[0];
  return row ? { companyId, version: row.version, offers: row.offers, publishedAt: row.published_at } : null;
}
