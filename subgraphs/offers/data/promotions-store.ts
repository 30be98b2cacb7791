import { columnToLocal, localToColumn } from '../domain/local-time';
import type { PromotionDraft } from '../domain/promotion';
import type { OffersDb, Promotion } from './prisma';

/** Promo content as rows (Prisma model API: marketers' writes and members' reads of a short list). */

function columns(draft: PromotionDraft & { offerLineageId: string | null }) {
  return {
    title: draft.title,
    text: draft.text,
    imageUrl: draft.imageUrl,
    link: draft.link,
    audienceId: draft.audienceId,
    offerId: draft.offerLineageId,
    displayFrom: draft.displayFrom === null ? null : localToColumn(draft.displayFrom),
    displayTo: draft.displayTo === null ? null : localToColumn(draft.displayTo),
    position: draft.position,
    published: draft.published,
  };
}

export const displayWindowOf = (row: Promotion) => ({
  displayFrom: row.displayFrom === null ? null : columnToLocal(row.displayFrom),
  displayTo: row.displayTo === null ? null : columnToLocal(row.displayTo),
});

export function insertPromotion(tx: OffersDb, companyId: string, draft: PromotionDraft & { offerLineageId: string | null }): Promise<Promotion> {
  return tx.promotion.create({ data: { companyId, ...columns(draft) } });
}

export function updatePromotionRow(tx: OffersDb, id: string, draft: PromotionDraft & { offerLineageId: string | null }): Promise<Promotion> {
  return tx.promotion.update({ where: { id }, data: columns(draft) });
}

export function findPromotionOfCompany(db: OffersDb, companyId: string, id: string): Promise<Promotion | null> {
  return db.promotion.findFirst({ where: { id, companyId, deletedAt: null } });
}

export function markPromotionDeleted(tx: OffersDb, id: string, at: Date): Promise<Promotion> {
  return tx.promotion.update({ where: { id }, data: { deletedAt: at, published: false } });
}

/** The company's published content whose window is open at the local moment, in display order; audiences and offers are judged by the caller. */
export function publishedPromotions(db: OffersDb, companyId: string, localNow: string): Promise<Promotion[]> {
  const now = localToColumn(localNow);
  return db.promotion.findMany({
    where: {
      companyId,
      published: true,
      deletedAt: null,
      AND: [{ OR: [{ displayFrom: null }, { displayFrom: { lte: now } }] }, { OR: [{ displayTo: null }, { displayTo: { gt: now } }] }],
    },
    orderBy: [{ position: 'asc' }, { createdAt: 'desc' }],
  });
}

/** Published content naming the audience (its deletion is refused while there is some). */
export function publishedPromotionsNaming(tx: OffersDb, companyId: string, audienceId: string): Promise<Array<{ title: string }>> {
  return tx.promotion.findMany({ where: { companyId, audienceId, published: true, deletedAt: null }, select: { title: true } });
}
