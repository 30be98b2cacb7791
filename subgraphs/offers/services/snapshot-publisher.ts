import type { Identity } from '../../../infra/auth/identity';
import { liveOffersOf, ruleOf } from '../data/offers-store';
import { recordOffersEvents } from '../data/outbox-store';
import type { OffersDb } from '../data/prisma';
import { staticListsOf } from '../data/product-lists-store';
import { insertNextSnapshot, lockCompanySnapshots } from '../data/snapshots-store';
import { withStaticListsExpanded } from '../domain/product-list';

/** The event that carries a company's new live set to the ledger, which evaluates receipts with it. */
export const SNAPSHOT_EVENT = 'offers.snapshot_published';

/**
 * Stores the company's live set as its next snapshot and records the event that carries it, in
 * the caller's transaction: the snapshot and the change that made it commit together, and
 * snapshots are numbered in the order their changes committed.
 */
export async function publishSnapshot(tx: OffersDb, identity: Identity, companyId: string, now: () => Date): Promise<number> {
  await lockCompanySnapshots(tx, companyId);
  // Read under the lock, so snapshots' times run in the order of their versions.
  const publishedAt = now();
  // Static product lists travel inside the offers that name them; favourites lists stay named.
  const staticLists = await staticListsOf(tx, companyId);
  const offers = (await liveOffersOf(tx, companyId)).map((row) => withStaticListsExpanded(ruleOf(row), staticLists));
  const version = await insertNextSnapshot(tx, companyId, offers);
  await recordOffersEvents(tx, identity, [{ type: SNAPSHOT_EVENT, companyId, data: { companyId, version, publishedAt: publishedAt.toISOString(), offers } }]);
  return version;
}
