import { runTransaction } from '../../../infra/db/transaction';
import type { DomainEventEnvelope } from '../../../infra/outbox/outbox-dispatcher';
import { addBudgetSpending } from '../data/budget-spending-store';
import { markProcessed } from '../data/member-copies-store';
import type { OffersDeps } from './deps';

/** The ledger's event of what offers' budgets spent (a confirmed purchase, a reward). */
export const BUDGET_EVENT_TYPES = ['offer_budgets.spent'] as const;

/** Adds what the ledger spent of offers' budgets, exactly once per event. */
export function createBudgetSpendingHandler(deps: OffersDeps) {
  return async function handle(event: DomainEventEnvelope): Promise<void> {
    if (event.type !== 'offer_budgets.spent') return;
    const spent = (event.payload as { spent?: Array<{ offerId: string; amount: string }> }).spent;
    if (!Array.isArray(spent)) return;
    await runTransaction(deps, async (tx) => {
      if (await markProcessed(tx, event.eventId)) await addBudgetSpending(tx, event.companyId, spent, new Date(event.occurredAt));
    });
  };
}
