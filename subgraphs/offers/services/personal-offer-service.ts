import type { Identity } from '../../../infra/auth/identity';
import { chunks } from '../../../infra/collections/chunks';
import { runTransaction } from '../../../infra/db/transaction';
import { ValidationErrors } from '../../../infra/errors/business-error';
import { recordOffersEvents } from '../data/outbox-store';
import {
  allPersonalOffersOf,
  companyMemberIds,
  currentPersonalOffersOf,
  membersByCardNumber,
  personalOffersInForce,
  savePersonalOffers,
  withdrawPersonalOffers,
} from '../data/personal-offers-store';
import type { PersonalOffer } from '../data/prisma';
import { catalogueSkus } from '../data/products-store';
import { latestSnapshotOf } from '../data/snapshots-store';
import { OffersError } from '../domain/errors';
import { MAX_IMPORT, type PersonalOfferImport, personalOfferProblems, personalRule } from '../domain/personal-offer';
import { isUuid } from '../domain/problems';
import type { OffersDeps } from './deps';
import { publishSnapshot } from './snapshot-publisher';

/** The ledger's copy takes personal offers in events of this many. */
const OFFERS_PER_EVENT = 500;

/** What the ledger keeps of a personal offer as it now is (the till names it from the rule); its time orders the changes. */
function copyOf(offer: PersonalOffer) {
  const { id, memberId, rule, validFrom, validTo, updatedAt } = offer;
  return { id, memberId, rule, validFrom, validTo, withdrawn: offer.withdrawnAt !== null, updatedAt };
}

/** The changed offers in events of OFFERS_PER_EVENT. */
function offerEvents(type: string, companyId: string, offers: PersonalOffer[]) {
  return chunks(offers, OFFERS_PER_EVENT).map((slice) => ({ type, companyId, data: { offers: slice.map(copyOf) } }));
}

/**
 * Personal offers: imported for members from the retailer's own analytics, each a benefit on some
 * products for a while, applied at the till to that member alone. They go to the ledger
 * (`personal_offers.imported` / `withdrawn`) before the importer is answered.
 */
export function createPersonalOfferService(deps: OffersDeps, operatorOf: (identity: Identity) => { companyId: string }) {
  return {
    /** Stores the offers by the importer's key (replacing those imported before under it); the whole import is refused on any bad row. */
    async importPersonalOffers(identity: Identity, rows: PersonalOfferImport[]): Promise<PersonalOffer[]> {
      const { companyId } = operatorOf(identity);
      const members = await companyMemberIds(
        deps.db,
        companyId,
        rows.flatMap((row) => (row.memberId && isUuid(row.memberId) ? [row.memberId] : [])),
      );
      const cards = await membersByCardNumber(
        deps.db,
        companyId,
        rows.flatMap((row) => (row.cardNumber ? [row.cardNumber] : [])),
      );
      const memberOf = (row: PersonalOfferImport) =>
        row.memberId ? (members.has(row.memberId) ? row.memberId : null) : (cards.get(row.cardNumber ?? '') ?? null);
      const now = deps.clock.now();
      const memberIds = [...new Set(rows.flatMap((row) => memberOf(row) ?? []))];
      const inForce = await personalOffersInForce(
        deps.db,
        companyId,
        memberIds,
        rows.map((row) => row.externalId),
        now,
      );
      const skus = rows.flatMap((row) => (row.products ?? []).flatMap((selector) => ('sku' in selector ? [selector.sku] : [])));
      const known = {
        audienceIds: new Set<string>(),
        productListIds: new Set<string>(),
        pointOfSaleIds: new Set<string>(),
        skus: await catalogueSkus(deps.db, companyId, skus),
        memberOf,
        inForce,
        now,
      };
      const problems = personalOfferProblems(rows, known);
      if (problems.length > 0) throw new ValidationErrors(problems);
      const saved = await runTransaction(deps, async (tx) => {
        const offers = await savePersonalOffers(
          tx,
          companyId,
          rows.map((row) => ({ ...row, memberId: memberOf(row) as string, rule: (id: string) => personalRule(id, row) })),
          now,
        );
        await recordOffersEvents(tx, identity, offerEvents('personal_offers.imported', companyId, offers));
        // The till evaluates offers of a company that has a snapshot: its first one, with no offers live yet, is made now.
        if (!(await latestSnapshotOf(tx, companyId))) await publishSnapshot(tx, identity, companyId, () => now);
        return offers;
      });
      await deps.afterCommit?.();
      return saved;
    },

    /** A member's personal offers in force now or later, or (`includeEnded`) all of them; none for another company's member. */
    async personalOffersOf(identity: Identity, memberId: string, includeEnded: boolean): Promise<PersonalOffer[]> {
      const { companyId } = operatorOf(identity);
      if (!isUuid(memberId)) return [];
      if (includeEnded) return allPersonalOffersOf(deps.db, companyId, memberId);
      return (await currentPersonalOffersOf(deps.db, memberId, deps.clock.now())).filter((offer) => offer.companyId === companyId);
    },

    /** Withdraws offers by the importer's keys: the till stops applying them from the next calculation. Answers how many were in force. */
    async withdrawPersonalOffers(identity: Identity, externalIds: string[]): Promise<number> {
      const { companyId } = operatorOf(identity);
      if (externalIds.length === 0 || externalIds.length > MAX_IMPORT)
        throw new OffersError('INVALID_INPUT', `1 to ${MAX_IMPORT.toLocaleString('en')} keys`, 'externalIds');
      const withdrawn = await runTransaction(deps, async (tx) => {
        const offers = await withdrawPersonalOffers(tx, companyId, externalIds, deps.clock.now());
        await recordOffersEvents(tx, identity, offerEvents('personal_offers.withdrawn', companyId, offers));
        return offers.length;
      });
      await deps.afterCommit?.();
      return withdrawn;
    },
  };
}
