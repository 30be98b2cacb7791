import type { OfferRule } from '../../../packages/mechanics/definition';
import type { OffersDb } from './prisma';

/**
 * Takes the company's snapshot lock until the transaction ends: changes to its live set are
 * numbered one after the other, and each snapshot holds every change before it.
 */
export async function lockCompanySnapshots(tx: OffersDb, companyId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`offers.snapshot:${companyId}`}, 0))`;
}

/** Stores the company's next snapshot (after lockCompanySnapshots) and returns its version. */
export async function insertNextSnapshot(tx: OffersDb, companyId: string, offers: OfferRule[]): Promise<number> {
  const latest = await tx.offerSnapshot.aggregate({ where: { companyId }, _max: { version: true } });
  const version = (latest._max.version ?? 0) + 1;
  await tx.offerSnapshot.create({ data: { companyId, version, offers: offers as unknown as object } });
  return version;
}

export function latestSnapshotOf(db: OffersDb, companyId: string) {
  return db.offerSnapshot.findFirst({ where: { companyId }, orderBy: { version: 'desc' } });
}
