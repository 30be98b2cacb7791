import { ANONYMOUS } from '../../../infra/auth/identity';
import { chunks } from '../../../infra/collections/chunks';
import { runTransaction } from '../../../infra/db/transaction';
import { wallClockIn } from '../../../infra/time/wall-clock';
import { companyTimeZone } from '../data/member-copies-store';
import { draftOf, publishedOffersOnEvent } from '../data/offers-store';
import { recordOffersEvents } from '../data/outbox-store';
import { claimScheduleRun } from '../data/schedule-runs-store';
import { scheduleDue } from '../domain/schedules';
import type { OffersDeps } from './deps';

/** The event that asks the ledger to reward a scheduled offer's members for one day (services/offer-rewards.ts there). */
export const SCHEDULE_DUE_EVENT = 'offers.schedule_due';
const IDS_PER_EVENT = 1000;

/**
 * The schedule task (every minute): each published SCHEDULE offer whose day and time have come on
 * the company's clock is run once for the day: its members (its audiences' members, or every
 * member) are announced to the ledger, which rewards each once per offer and day, checking the
 * offer's other filters and period as for any reward. Answers how many members were announced.
 */
export async function announceSchedules(deps: OffersDeps): Promise<number> {
  let announced = 0;
  for (const offer of await publishedOffersOnEvent(deps.db, 'SCHEDULE')) {
    const { event, filters } = draftOf(offer);
    if (event.kind !== 'SCHEDULE') continue;
    const occurrence = scheduleDue(event, wallClockIn(deps.clock.now(), await companyTimeZone(deps.db, offer.companyId)));
    if (!occurrence) continue;
    announced += await runTransaction(deps, async (tx) => {
      const memberIds = await claimScheduleRun(tx, { offer, occurrence, audienceIds: filters.audienceIds, now: deps.clock.now() });
      if (memberIds === null) return 0;
      const events = chunks(memberIds, IDS_PER_EVENT).map((slice) => ({
        type: SCHEDULE_DUE_EVENT,
        companyId: offer.companyId,
        data: { offerId: offer.lineageId, occurrence, memberIds: slice },
      }));
      await recordOffersEvents(tx, ANONYMOUS, events);
      return memberIds.length;
    });
  }
  if (announced > 0) await deps.afterCommit?.();
  return announced;
}
