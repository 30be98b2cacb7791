import Decimal from 'decimal.js';
import { requireOperator } from '../../../infra/auth/access';
import type { Identity } from '../../../infra/auth/identity';
import { createTtlCache } from '../../../infra/cache/ttl-cache';
import { runTransaction } from '../../../infra/db/transaction';
import { ValidationErrors } from '../../../infra/errors/business-error';
import { wallClockIn } from '../../../infra/time/wall-clock';
import { existingAudienceIds } from '../data/audiences-store';
import { budgetSpentOf } from '../data/budget-spending-store';
import { companyTimeZone, existingPointOfSaleIds } from '../data/member-copies-store';
import { draftOf, insertOffer, latestVersionOf, lockOfferOfCompany, replaceDraft, setLifecycle, versionsOfLineage } from '../data/offers-store';
import { recordOffersEvents } from '../data/outbox-store';
import type { Offer, OffersDb } from '../data/prisma';
import { existingProductListIds } from '../data/product-lists-store';
import { catalogueSkus } from '../data/products-store';
import { DEFAULT_BONUS_CURRENCY } from '../domain/audience-rules';
import { OffersError } from '../domain/errors';
import { isLive, type OfferTransition, transitioned } from '../domain/lifecycle';
import { type KnownReferences, offerDraftProblems } from '../domain/offer-check';
import type { OfferDraft } from '../domain/offer-draft';
import { isUuid } from '../domain/problems';
import type { KnownCurrencies, OffersDeps } from './deps';
import { publishSnapshot } from './snapshot-publisher';

/** Who configures offers: marketers and administrators of the company. */
export const OFFER_ROLES = ['ADMIN', 'MARKETER'] as const;

/**
 * The bonus currencies a draft names (its actions' and its currency filter), and the default one
 * when an event's reward in it is judged against a budget (domain/offer-check.ts).
 */
function currenciesNamed(draft: OfferDraft): string[] {
  const codes = draft.actions.flatMap((action) =>
    (action.kind === 'BONUS_POINTS' || action.kind === 'BONUS_DEDUCTION') && action.currency ? [action.currency] : [],
  );
  const rewardInDefault = draft.budget && draft.event.kind !== 'RECEIPT' && draft.actions.some((action) => action.kind === 'BONUS_POINTS' && !action.currency);
  return [...new Set([...codes, ...(draft.filters.currency ? [draft.filters.currency] : []), ...(rewardInDefault ? [DEFAULT_BONUS_CURRENCY] : [])])];
}

/** The audiences, product lists, points of sale, SKUs and currencies of the company the draft names and that exist. */
async function knownReferences(db: OffersDb, companyId: string, draft: OfferDraft, currencies?: KnownCurrencies): Promise<KnownReferences> {
  const named = [...(draft.filters.audienceIds ?? []), ...(draft.event.kind === 'AUDIENCE_ENTERED' ? [draft.event.audienceId] : [])];
  const { include, exclude } = draft.filters.products;
  const lists = [...(include ?? []), ...(exclude ?? [])].flatMap((selector) => ('productListId' in selector ? [selector.productListId] : []));
  const places = [...(draft.filters.pointsOfSale.include ?? []), ...(draft.filters.pointsOfSale.exclude ?? [])];
  const skus = [...(include ?? []), ...(exclude ?? [])].flatMap((selector) => ('sku' in selector ? [selector.sku] : []));
  return {
    skus: await catalogueSkus(db, companyId, skus),
    audienceIds: await existingAudienceIds(db, companyId, named.filter(isUuid)),
    productListIds: await existingProductListIds(db, companyId, lists.filter(isUuid)),
    pointOfSaleIds: await existingPointOfSaleIds(db, companyId, places.filter(isUuid)),
    currencies: currencies && currenciesNamed(draft).length > 0 ? await currencies(companyId, currenciesNamed(draft)) : null,
  };
}

/** The draft, or a refusal with every problem it has (ValidationErrors). */
export async function checked(db: OffersDb, companyId: string, draft: OfferDraft, currencies?: KnownCurrencies): Promise<OfferDraft> {
  const problems = offerDraftProblems(draft, await knownReferences(db, companyId, draft, currencies));
  if (problems.length > 0) throw new ValidationErrors(problems);
  return draft;
}

/** The wall clock where the day ends last (UTC−12): a period over there is over in every store. */
const LAST_ZONE = 'Etc/GMT+12';

/** A revision's budget may not be below what the offer spent already (as the ledger last reported it). */
async function budgetAboveSpent(db: OffersDb, lineageId: string, draft: OfferDraft): Promise<void> {
  const total = draft.budget?.total;
  if (!total) return;
  const spent = await budgetSpentOf(db, lineageId);
  if (new Decimal(total).lt(spent))
    throw new OffersError('BUDGET_BELOW_SPENT', `budget.total: the offer has spent ${spent} of its budget already`, 'budget.total');
}

/** A draft that may go live: checked again (an audience it names may have gone), and not over already in every store. */
async function publishable(db: OffersDb, offer: Offer, draft: OfferDraft, now: Date, currencies?: KnownCurrencies): Promise<void> {
  await checked(db, offer.companyId, draft, currencies);
  await budgetAboveSpent(db, offer.lineageId, draft);
  if (draft.endsAt !== null && draft.endsAt <= wallClockIn(now, LAST_ZONE)) {
    throw new OffersError('INVALID_PERIOD', `endsAt: the period ended at ${draft.endsAt} in every store; change it before publishing`, 'endsAt');
  }
}

export function createOfferService(deps: OffersDeps) {
  // A time zone changes rarely, and a marketer's list reads it per offer: kept a minute.
  const timeZones = createTtlCache<string>(60_000);
  const operatorOf = (identity: Identity) => requireOperator(identity, [...OFFER_ROLES]);

  /** Locks the company's offer, or refuses: OFFER_NOT_FOUND. */
  async function lockedOffer(tx: OffersDb, companyId: string, offerId: string): Promise<Offer> {
    const offer = await lockOfferOfCompany(tx, companyId, offerId);
    if (!offer) throw new OffersError('OFFER_NOT_FOUND', 'No such offer in your company', 'offerId');
    return offer;
  }

  return {
    /** The caller as a marketer or administrator, or a refusal (FORBIDDEN). */
    operatorOf,

    /**
     * The company's wall clock (its time zone, as its events told this subgraph), which SCHEDULED,
     * ACTIVE and FINISHED are read against for marketers; the till reads each store's own clock.
     */
    async localNow(companyId: string): Promise<string> {
      return wallClockIn(deps.clock.now(), await timeZones.get(companyId, () => companyTimeZone(deps.db, companyId)));
    },

    /** The content of the caller's company's offer, as stored (null: no such offer): what its refusals are about. */
    async contentOf(identity: Identity, offerId: string): Promise<OfferDraft | null> {
      const operator = operatorOf(identity);
      const offer = await deps.db.offer.findFirst({ where: { id: offerId, companyId: operator.companyId } });
      return offer ? draftOf(offer) : null;
    },

    /** The company's time zone changed (its event reached this process): read it afresh. Other processes see it within the minute. */
    timeZoneChanged(companyId: string): void {
      timeZones.forget(companyId);
    },

    /** A new offer, as a draft: it changes nothing at the till until it is published. */
    async createOffer(identity: Identity, draft: OfferDraft): Promise<Offer> {
      const operator = operatorOf(identity);
      await checked(deps.db, operator.companyId, draft, deps.knownCurrencies);
      return runTransaction(deps, async (tx) => {
        const offer = await insertOffer(tx, operator.companyId, draft);
        await recordOffersEvents(tx, identity, [{ type: 'offer.created', companyId: operator.companyId, data: { offerId: offer.id, name: offer.name } }]);
        return offer;
      });
    },

    /** Replaces a draft's content; an offer that went live is changed through reviseOffer. */
    async updateOffer(identity: Identity, offerId: string, draft: OfferDraft): Promise<Offer> {
      const operator = operatorOf(identity);
      await checked(deps.db, operator.companyId, draft, deps.knownCurrencies);
      return runTransaction(deps, async (tx) => {
        const offer = await lockedOffer(tx, operator.companyId, offerId);
        if (offer.lifecycle !== 'DRAFT') {
          throw new OffersError(
            'OFFER_NOT_EDITABLE',
            `Only a draft is edited; this offer is ${offer.lifecycle.toLowerCase()}: revise it (reviseOffer) to change it`,
            'offerId',
          );
        }
        await budgetAboveSpent(tx, offer.lineageId, draft);
        const updated = await replaceDraft(tx, offer.id, draft);
        await recordOffersEvents(tx, identity, [{ type: 'offer.updated', companyId: operator.companyId, data: { offerId: offer.id } }]);
        return updated;
      });
    },

    /**
     * A new draft version of a published or paused offer, a copy to edit; the offer keeps applying
     * as it is until the revision is published, which finishes it in the same step.
     */
    async reviseOffer(identity: Identity, offerId: string): Promise<Offer> {
      const operator = operatorOf(identity);
      return runTransaction(deps, async (tx) => {
        const offer = await lockedOffer(tx, operator.companyId, offerId);
        if (offer.lifecycle !== 'PUBLISHED' && offer.lifecycle !== 'PAUSED') {
          throw new OffersError('OFFER_STATE_CONFLICT', `Only a published or paused offer is revised; this one is ${offer.lifecycle.toLowerCase()}`, 'offerId');
        }
        const [open] = await versionsOfLineage(tx, offer.lineageId, ['DRAFT']);
        if (open) throw new OffersError('OFFER_REVISION_EXISTS', `This offer already has a draft revision (${open.id}): edit that one`, 'offerId');
        const revision = await insertOffer(tx, operator.companyId, draftOf(offer), {
          lineageId: offer.lineageId,
          version: (await latestVersionOf(tx, offer.lineageId)) + 1,
        });
        await recordOffersEvents(tx, identity, [
          { type: 'offer.revised', companyId: operator.companyId, data: { offerId: offer.id, revisionId: revision.id } },
        ]);
        return revision;
      });
    },

    /**
     * Moves the offer along its life cycle. When that changes the company's live set, the next
     * snapshot is stored and published in the same transaction (services/snapshot-publisher.ts).
     */
    async changeOfferState(identity: Identity, offerId: string, transition: OfferTransition): Promise<Offer> {
      const operator = operatorOf(identity);
      const moved = await runTransaction(deps, async (tx) => {
        const offer = await lockedOffer(tx, operator.companyId, offerId);
        const lifecycle = transitioned(offer.lifecycle, transition);
        if (transition === 'publish') await publishable(tx, offer, draftOf(offer), deps.clock.now(), deps.knownCurrencies);
        // Publishing a revision finishes the version it replaces.
        const replaced = transition === 'publish' && offer.version > 1 ? await versionsOfLineage(tx, offer.lineageId, ['PUBLISHED', 'PAUSED']) : [];
        for (const earlier of replaced) await setLifecycle(tx, earlier.id, 'FINISHED');
        const changed = await setLifecycle(tx, offer.id, lifecycle, transition === 'publish' ? deps.clock.now() : undefined);
        await recordOffersEvents(tx, identity, [
          {
            type: `offer.${transition === 'publish' ? 'published' : `${transition}d`}`,
            companyId: operator.companyId,
            data: { offerId: offer.id, version: offer.version },
          },
        ]);
        const liveSetChanged = isLive(offer.lifecycle) !== isLive(lifecycle) || replaced.some((earlier) => isLive(earlier.lifecycle));
        if (liveSetChanged) await publishSnapshot(tx, identity, operator.companyId, () => deps.clock.now());
        return changed;
      });
      // The till's next calculation must see the change: the snapshot goes to the ledger first.
      await deps.afterCommit?.();
      return moved;
    },
  };
}
