import type { ProductSelector } from '../../../packages/mechanics/definition';
import { isUuid } from '../domain/problems';
import type { FavouritesRule, ProductListDraft } from '../domain/product-list';
import { type OffersDb, Prisma, type ProductList } from './prisma';

/** Product lists and members' favourite picks (Prisma model API: marketers' and members' writes). */

function columns(draft: ProductListDraft) {
  const favourites = draft.favourites;
  return {
    name: draft.name,
    kind: draft.kind,
    // Null in the column: a favourites list whose candidates come from each member's purchases.
    selectors: ((draft.kind === 'STATIC' ? draft.selectors : favourites?.candidateSkus?.map((sku) => ({ sku }))) ?? Prisma.DbNull) as Prisma.InputJsonValue,
    picks: favourites?.picks ?? null,
    changeEveryDays: favourites?.changeEveryDays ?? null,
    historyDays: favourites?.historyDays ?? null,
    historyTop: favourites?.historyTop ?? null,
  };
}

export function selectorsOf(list: ProductList): ProductSelector[] {
  return (list.selectors as ProductSelector[] | null) ?? [];
}

/** A favourites list's rule as it was written. */
export function favouritesRuleOf(list: ProductList): FavouritesRule | null {
  if (list.kind !== 'FAVOURITES') return null;
  const candidates = list.selectors === null ? null : selectorsOf(list).flatMap((selector) => ('sku' in selector ? [selector.sku] : []));
  return {
    candidateSkus: candidates,
    historyDays: list.historyDays,
    historyTop: list.historyTop,
    picks: list.picks ?? 1,
    changeEveryDays: list.changeEveryDays ?? 0,
  };
}

export function insertProductList(tx: OffersDb, companyId: string, draft: ProductListDraft): Promise<ProductList> {
  return tx.productList.create({ data: { companyId, ...columns(draft) } });
}

export function updateProductListRow(tx: OffersDb, id: string, draft: ProductListDraft): Promise<ProductList> {
  return tx.productList.update({ where: { id }, data: columns(draft) });
}

export function findProductListOfCompany(db: OffersDb, companyId: string, id: string): Promise<ProductList | null> {
  return isUuid(id) ? db.productList.findFirst({ where: { id, companyId, deletedAt: null } }) : Promise.resolve(null);
}

export async function existingProductListIds(db: OffersDb, companyId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.productList.findMany({ where: { companyId, id: { in: ids }, deletedAt: null }, select: { id: true } });
  return new Set(rows.map((row) => row.id));
}

/** The company's static lists by id, with what they hold (what a snapshot expands). */
export async function staticListsOf(db: OffersDb, companyId: string): Promise<Map<string, ProductSelector[]>> {
  const lists = await db.productList.findMany({ where: { companyId, kind: 'STATIC', deletedAt: null } });
  return new Map(lists.map((list) => [list.id, selectorsOf(list)]));
}

/** Whether a live offer names the list (then a change of it must reach the till in a new snapshot). */
export async function liveOfferNamesList(tx: OffersDb, companyId: string, listId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<unknown[]>`
    SELECT 1 FROM offers WHERE company_id = ${companyId}::uuid AND lifecycle IN ('PUBLISHED', 'PAUSED')
       AND strpos(mechanics::text, ${listId}) > 0 LIMIT 1`;
  return rows.length > 0;
}

/** The member's most bought SKUs (by receipts) over the last days: a history-based favourites list's candidates. */
export async function mostBoughtSkus(db: OffersDb, memberId: string, since: Date, top: number): Promise<string[]> {
  const rows = await db.$queryRaw<Array<{ sku: string }>>`
    SELECT line->>'sku' AS sku FROM receipts r, jsonb_array_elements(r.lines) line
     WHERE r.member_id = ${memberId}::uuid AND r.sold_at >= ${since}
     GROUP BY line->>'sku' ORDER BY count(DISTINCT r.purchase_id) DESC, line->>'sku' LIMIT ${top}`;
  return rows.map((row) => row.sku);
}

export function findChoice(db: OffersDb, memberId: string, listId: string) {
  return db.favouriteChoice.findUnique({ where: { memberId_listId: { memberId, listId } } });
}

export function saveChoice(tx: OffersDb, choice: { memberId: string; listId: string; companyId: string; skus: string[]; changedAt: Date }) {
  return tx.favouriteChoice.upsert({
    where: { memberId_listId: { memberId: choice.memberId, listId: choice.listId } },
    create: choice,
    update: { skus: choice.skus, changedAt: choice.changedAt, freeToChange: false },
  });
}

/** Members' picks from these favourites lists, by member then list (what the till would fill the lists with). */
export async function picksOf(db: OffersDb, memberIds: string[], listIds: string[]): Promise<Map<string, Map<string, string[]>>> {
  const picks = new Map<string, Map<string, string[]>>();
  if (memberIds.length === 0 || listIds.length === 0) return picks;
  const rows = await db.favouriteChoice.findMany({
    where: { memberId: { in: memberIds }, listId: { in: listIds } },
    select: { memberId: true, listId: true, skus: true },
  });
  for (const row of rows) picks.set(row.memberId, (picks.get(row.memberId) ?? new Map()).set(row.listId, row.skus));
  return picks;
}
