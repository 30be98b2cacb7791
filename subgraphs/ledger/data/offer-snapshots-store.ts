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

/** The company's newest snapshot, or null before its first. */
export async function latestOfferSnapshot(db: LedgerSql, companyId: string): Promise<OfferSnapshotCopy | null> {
  const rows = await db.$queryRaw<Array<{ version: number; offers: OfferRule[]; published_at: Date }>>`
    SELECT version, offers, published_at FROM offer_snapshots WHERE company_id = ${companyId}::uuid ORDER BY version DESC LIMIT 1`;
  const row = rows[0];
  return row ? { companyId, version: row.version, offers: row.offers, publishedAt: row.published_at } : null;
}
