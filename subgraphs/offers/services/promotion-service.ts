import type { Identity } from '../../../infra/auth/identity';
import { runTransaction } from '../../../infra/db/transaction';
import { ValidationErrors } from '../../../infra/errors/business-error';
import { existingAudienceIds } from '../data/audiences-store';
import { recordOffersEvents } from '../data/outbox-store';
import type { OffersDb, Promotion } from '../data/prisma';
import { findPromotionOfCompany, insertPromotion, markPromotionDeleted, updatePromotionRow } from '../data/promotions-store';
import { OffersError } from '../domain/errors';
import { isUuid } from '../domain/problems';
import { type PromotionDraft, promotionProblems } from '../domain/promotion';
import type { OffersDeps } from './deps';

/** Promo content: marketers write it; members read what is for them (services/member-offers.ts). */
export function createPromotionService(deps: OffersDeps, operatorOf: (identity: Identity) => { companyId: string }) {
  /** The content checked, its audience and offer found in the company (the offer as its lineage); or every problem at once. */
  async function checked(tx: OffersDb, companyId: string, draft: PromotionDraft): Promise<PromotionDraft & { offerLineageId: string | null }> {
    const problems = promotionProblems(draft);
    if (problems.length === 0 && draft.audienceId !== null && !(await existingAudienceIds(tx, companyId, [draft.audienceId])).has(draft.audienceId)) {
      problems.push(new OffersError('AUDIENCE_NOT_FOUND', 'audienceId: no such audience in the company', 'audienceId'));
    }
    let offerLineageId: string | null = null;
    if (problems.length === 0 && draft.offerId !== null) {
      const offer = await tx.offer.findFirst({ where: { companyId, OR: [{ id: draft.offerId }, { lineageId: draft.offerId }] }, select: { lineageId: true } });
      if (!offer) problems.push(new OffersError('OFFER_NOT_FOUND', 'offerId: no such offer in the company', 'offerId'));
      offerLineageId = offer?.lineageId ?? null;
    }
    if (problems.length > 0) throw new ValidationErrors(problems);
    return { ...draft, offerLineageId };
  }

  async function existing(db: OffersDb, companyId: string, promotionId: string): Promise<Promotion> {
    const found = isUuid(promotionId) ? await findPromotionOfCompany(db, companyId, promotionId) : null;
    if (!found) throw new OffersError('PROMOTION_NOT_FOUND', 'No such promo content in your company', 'promotionId');
    return found;
  }

  return {
    async createPromotion(identity: Identity, draft: PromotionDraft): Promise<Promotion> {
      const { companyId } = operatorOf(identity);
      return runTransaction(deps, async (tx) => {
        const promotion = await insertPromotion(tx, companyId, await checked(tx, companyId, draft));
        await recordOffersEvents(tx, identity, [{ type: 'promotion.created', companyId, data: { promotionId: promotion.id } }]);
        return promotion;
      });
    },

    async updatePromotion(identity: Identity, promotionId: string, draft: PromotionDraft): Promise<Promotion> {
      const { companyId } = operatorOf(identity);
      return runTransaction(deps, async (tx) => {
        const promotion = await existing(tx, companyId, promotionId);
        const updated = await updatePromotionRow(tx, promotion.id, await checked(tx, companyId, draft));
        await recordOffersEvents(tx, identity, [{ type: 'promotion.updated', companyId, data: { promotionId: promotion.id } }]);
        return updated;
      });
    },

    async deletePromotion(identity: Identity, promotionId: string): Promise<Promotion> {
      const { companyId } = operatorOf(identity);
      return runTransaction(deps, async (tx) => {
        const promotion = await existing(tx, companyId, promotionId);
        await recordOffersEvents(tx, identity, [{ type: 'promotion.deleted', companyId, data: { promotionId: promotion.id } }]);
        return markPromotionDeleted(tx, promotion.id, deps.clock.now());
      });
    },
  };
}
