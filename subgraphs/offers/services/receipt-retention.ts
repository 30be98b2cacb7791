import { forgetReceiptsBefore } from '../data/receipts-store';
import type { OffersDeps } from './deps';

export const DEFAULT_RECEIPT_RETENTION_DAYS = 90;

/** Forgets the copy's receipts sold before the retention window, in batches. Answers how many went. */
export async function forgetOldReceipts(deps: OffersDeps, retentionDays: number): Promise<number> {
  const before = new Date(deps.clock.now().getTime() - retentionDays * 86_400_000);
  let forgotten = 0;
  for (;;) {
    const batch = await forgetReceiptsBefore(deps.db, before);
    forgotten += batch;
    if (batch === 0) return forgotten;
  }
}
