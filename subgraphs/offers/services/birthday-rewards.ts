import { ANONYMOUS } from '../../../infra/auth/identity';
import { chunks } from '../../../infra/collections/chunks';
import { runTransaction } from '../../../infra/db/transaction';
import { wallClockIn } from '../../../infra/time/wall-clock';
import { companyTimeZone } from '../data/member-copies-store';
import { draftOf, publishedOffersOnEvent } from '../data/offers-store';
import { recordOffersEvents } from '../data/outbox-store';
import { birthdaysDue } from '../domain/birthdays';
import type { OffersDeps } from './deps';

/** The event that asks the ledger to reward members' birthdays for one offer (services/offer-rewards.ts there). */
export const BIRTHDAY_DUE_EVENT = 'offers.birthday_due';
const IDS_PER_EVENT = 1000;
/**
 * A birthday earns its bonus only once the member has had it this long: one set or moved lately
 * (to today, say) waits, so the bonus cannot be had on demand.
 */
export const BIRTHDAY_NOTICE_DAYS = 30;

/**
 * The birthday task (every minute): for each published BIRTHDAY offer, the members whose birthday
 * it rewards on the company's local day, known for BIRTHDAY_NOTICE_DAYS, and not announced for it
 * this year yet are announced to the ledger, which gives each their
 * bonus once per year (its claim), checking the offer's other filters as for any reward. Answers
 * how many members were announced.
 */
export async function announceBirthdays(deps: OffersDeps): Promise<number> {
  const offers = await publishedOffersOnEvent(deps.db, 'BIRTHDAY');
  let announced = 0;
  for (const offer of offers) {
    const { event } = draftOf(offer);
    if (event.kind !== 'BIRTHDAY') continue;
    const today = wallClockIn(deps.clock.now(), await companyTimeZone(deps.db, offer.companyId)).slice(0, 10);
    const due = birthdaysDue(today, event.daysBefore, event.windowDays);
    announced += await runTransaction(deps, async (tx) => {
      const members = await tx.$queryRaw<Array<{ member_id: string; year: number }>>`
        INSERT INTO birthday_announcements (offer_id, member_id, year)
        SELECT ${offer.lineageId}::uuid, f.member_id, d.year
          FROM member_facts f JOIN unnest(${due.map((d) => d.birthday)}::text[], ${due.map((d) => d.year)}::int[]) AS d(birthday, year) ON d.birthday = f.birthday
         WHERE f.company_id = ${offer.companyId}::uuid AND f.state IN ('CARD_HOLDER', 'REGISTERED')
           AND f.birthday_since <= ${new Date(deps.clock.now().getTime() - BIRTHDAY_NOTICE_DAYS * 86_400_000)}
        ON CONFLICT DO NOTHING
        RETURNING member_id::text, year`;
      const byYear = new Map<number, string[]>();
      for (const member of members) byYear.set(member.year, [...(byYear.get(member.year) ?? []), member.member_id]);
      for (const [year, memberIds] of byYear) {
        const events = chunks(memberIds, IDS_PER_EVENT).map((slice) => ({
          type: BIRTHDAY_DUE_EVENT,
          companyId: offer.companyId,
          data: { offerId: offer.lineageId, year, memberIds: slice },
        }));
        await recordOffersEvents(tx, ANONYMOUS, events);
      }
      return members.length;
    });
  }
  if (announced > 0) await deps.afterCommit?.();
  return announced;
}
