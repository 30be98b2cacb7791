import { randomUUID } from 'node:crypto';
import type { OfferRule } from '../../../packages/mechanics/definition';
import type { OfferLifecycle } from '../domain/lifecycle';
import { columnToLocal, localToColumn } from '../domain/local-time';
import type { OfferDraft, OfferMechanics } from '../domain/offer-draft';
import type { Offer, OffersDb } from './prisma';

/** Offers as rows (Prisma model API: marketers' writes are not a hot path). */

function draftColumns(draft: OfferDraft) {
  const mechanics: OfferMechanics = { event: draft.event, filters: draft.filters, actions: draft.actions, budget: draft.budget };
  return {
    name: draft.name,
    description: draft.description,
    priority: draft.priority,
    stackingMode: draft.stacking.mode,
    stackingGroup: draft.stacking.group,
    competition: draft.competition,
    startsAt: draft.startsAt === null ? null : localToColumn(draft.startsAt),
    endsAt: draft.endsAt === null ? null : localToColumn(draft.endsAt),
    mechanics: mechanics as object,
  };
}

/** The row's content as a draft (what a revision starts from, and what the API shows). */
export function draftOf(row: Offer): OfferDraft {
  const mechanics = row.mechanics as unknown as OfferMechanics;
  return {
    name: row.name,
    description: row.description,
    priority: row.priority,
    stacking: { mode: row.stackingMode, group: row.stackingGroup },
    competition: row.competition,
    startsAt: row.startsAt === null ? null : columnToLocal(row.startsAt),
    endsAt: row.endsAt === null ? null : columnToLocal(row.endsAt),
    event: mechanics.event,
    filters: mechanics.filters,
    actions: mechanics.actions,
    budget: mechanics.budget ?? null,
  };
}

/** The offer as the evaluation engine reads it in a snapshot. */
export function ruleOf(row: Offer): OfferRule {
  const { name, priority, stacking, competition, startsAt, endsAt, event, filters, actions, budget } = draftOf(row);
  return { offerId: row.lineageId, version: row.version, name, priority, stacking, competition, startsAt, endsAt, event, filters, actions, budget };
}

/** A new offer, or (with `revising`) the next version of one, as a draft. */
export function insertOffer(tx: OffersDb, companyId: string, draft: OfferDraft, revising?: { lineageId: string; version: number }): Promise<Offer> {
  return tx.offer.create({
    data: {
      companyId,
      // A first version is its own lineage: its id, chosen here so both columns hold it.
      ...(revising ? { lineageId: revising.lineageId, version: revising.version } : lineageOfNew()),
      ...draftColumns(draft),
    },
  });
}

function lineageOfNew() {
  const id = randomUUID();
  return { id, lineageId: id, version: 1 };
}

/**
 * The offer, locked until the transaction ends, so two marketers' changes to it apply one after
 * the other; null when the company has no such offer.
 */
export async function lockOfferOfCompany(tx: OffersDb, companyId: string, id: string): Promise<Offer | null> {
  const locked = await tx.$queryRaw<Array<{ id: string }>>`SELECT id FROM offers WHERE id = ${id}::uuid AND company_id = ${companyId}::uuid FOR UPDATE`;
  return locked.length === 0 ? null : tx.offer.findUnique({ where: { id } });
}

export function replaceDraft(tx: OffersDb, id: string, draft: OfferDraft): Promise<Offer> {
  return tx.offer.update({ where: { id }, data: draftColumns(draft) });
}

export function setLifecycle(tx: OffersDb, id: string, lifecycle: OfferLifecycle, publishedAt?: Date): Promise<Offer> {
  return tx.offer.update({ where: { id }, data: { lifecycle, ...(publishedAt ? { publishedAt } : {}) } });
}

/** The other versions of the offer's lineage in these stored states, oldest first. */
export function versionsOfLineage(tx: OffersDb, lineageId: string, lifecycles: OfferLifecycle[]): Promise<Offer[]> {
  return tx.offer.findMany({ where: { lineageId, lifecycle: { in: lifecycles } }, orderBy: { version: 'asc' } });
}

export function latestVersionOf(tx: OffersDb, lineageId: string): Promise<number> {
  return tx.offer.aggregate({ where: { lineageId }, _max: { version: true } }).then((result) => result._max.version ?? 0);
}

/** The company's live offers (published), in priority order: its snapshot's content. */
export function liveOffersOf(tx: OffersDb, companyId: string): Promise<Offer[]> {
  return tx.offer.findMany({ where: { companyId, lifecycle: 'PUBLISHED' }, orderBy: [{ priority: 'desc' }, { lineageId: 'asc' }] });
}

/** The company's live offers (published or paused) that name the audience, in a filter or as their event. */
export function liveOffersNaming(tx: OffersDb, companyId: string, audienceId: string): Promise<Array<{ id: string; name: string }>> {
  return tx.$queryRaw`
    SELECT id::text, name FROM offers
     WHERE company_id = ${companyId}::uuid AND lifecycle IN ('PUBLISHED', 'PAUSED')
       AND (mechanics->'filters'->'audienceIds' ? ${audienceId} OR mechanics->'event'->>'audienceId' = ${audienceId})`;
}

/** Every company's published offers on this event (a periodic task's work list). */
export function publishedOffersOnEvent(db: OffersDb, kind: OfferRule['event']['kind']): Promise<Offer[]> {
  return db.offer.findMany({ where: { lifecycle: 'PUBLISHED', mechanics: { path: ['event', 'kind'], equals: kind } }, orderBy: { id: 'asc' } });
}
