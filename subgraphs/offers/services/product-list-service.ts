import { ANONYMOUS, type Identity } from '../../../infra/auth/identity';
import { runTransaction } from '../../../infra/db/transaction';
import { ValidationErrors } from '../../../infra/errors/business-error';
import { recordOffersEvents } from '../data/outbox-store';
import type { OffersDb, ProductList } from '../data/prisma';
import {
  favouritesRuleOf,
  findChoice,
  findProductListOfCompany,
  insertProductList,
  liveOfferNamesList,
  mostBoughtSkus,
  saveChoice,
  updateProductListRow,
} from '../data/product-lists-store';
import { catalogueSkus } from '../data/products-store';
import { OffersError } from '../domain/errors';
import { type ProductListDraft, productListProblems } from '../domain/product-list';
import type { OffersDeps } from './deps';
import { publishSnapshot } from './snapshot-publisher';

export const FAVOURITES_CHOSEN_EVENT = 'favourites.chosen';
/** Staff who pick favourites for a member who asks them to (the contact center). */
const STAFF_ROLES: ReadonlySet<string> = new Set(['ADMIN', 'OPERATOR']);

/** A favourites list as a member sees it: what they may pick from, what they picked, when they may change it. */
export interface MemberFavourites {
  list: ProductList;
  candidates: string[];
  chosen: string[];
  changeableAt: Date | null;
}

/**
 * Product lists: static ones that offers name (carried inside the offers in each snapshot), and
 * favourites lists each member picks their products from (the ledger keeps the picks for the till).
 */
export function createProductListService(deps: OffersDeps, operatorOf: (identity: Identity) => { companyId: string }) {
  /** Refuses a list with every problem it has; once the company has a catalogue, the SKUs it names must be in it. */
  async function checked(companyId: string, draft: ProductListDraft): Promise<void> {
    const named = [...(draft.selectors ?? []).flatMap((selector) => ('sku' in selector ? [selector.sku] : [])), ...(draft.favourites?.candidateSkus ?? [])];
    const known = await catalogueSkus(deps.db, companyId, named);
    const problems = productListProblems(draft, known);
    if (problems.length > 0) throw new ValidationErrors(problems);
  }

  async function listOf(db: OffersDb, companyId: string, listId: string): Promise<ProductList> {
    const list = await findProductListOfCompany(db, companyId, listId);
    if (!list) throw new OffersError('PRODUCT_LIST_NOT_FOUND', 'No such product list in your company', 'listId');
    return list;
  }

  /** The member a call picks for, and their company: the member themself, or staff for a member of their company. */
  async function picker(identity: Identity, memberId: string | null): Promise<{ memberId: string; companyId: string }> {
    const target = identity.kind === 'member' ? identity.memberId : memberId;
    const facts = target ? await deps.db.memberFact.findUnique({ where: { memberId: target }, select: { companyId: true } }) : null;
    const allowed =
      facts &&
      ((identity.kind === 'member' && (memberId === null || memberId === identity.memberId)) ||
        (identity.kind === 'operator' && identity.companyId === facts.companyId && STAFF_ROLES.has(identity.role)));
    if (!target || !facts || !allowed) throw new OffersError('MEMBER_NOT_FOUND', 'No such member you may pick for', 'memberId');
    return { memberId: target, companyId: facts.companyId };
  }

  async function candidatesOf(list: ProductList, memberId: string): Promise<string[]> {
    const rule = favouritesRuleOf(list);
    if (!rule) return [];
    if (rule.candidateSkus) return rule.candidateSkus;
    return mostBoughtSkus(deps.db, memberId, new Date(deps.clock.now().getTime() - (rule.historyDays ?? 90) * 86_400_000), rule.historyTop ?? 10);
  }

  /**
   * Picks no longer among a list's candidates stop applying, and those members may pick again at
   * once: each changed pick reaches the ledger like a member's own.
   */
  async function dropPicksOutside(tx: OffersDb, identity: Identity, companyId: string, listId: string, candidates: string[]): Promise<void> {
    const now = deps.clock.now();
    const changed = await tx.$queryRaw<Array<{ member_id: string; skus: string[] }>>`
      UPDATE favourite_choices SET skus = ARRAY(SELECT unnest(skus) INTERSECT SELECT unnest(${candidates}::text[])), changed_at = ${now}, free_to_change = true
       WHERE list_id = ${listId}::uuid AND NOT (skus <@ ${candidates}::text[])
      RETURNING member_id::text, skus`;
    if (changed.length === 0) return;
    await recordOffersEvents(
      tx,
      identity,
      changed.map((choice) => ({
        type: FAVOURITES_CHOSEN_EVENT,
        companyId,
        memberId: choice.member_id,
        data: { listId, memberId: choice.member_id, skus: choice.skus, changedAt: now.toISOString() },
      })),
    );
  }

  const changeableAt = (list: ProductList, choice: { changedAt: Date; freeToChange: boolean } | null) =>
    choice && !choice.freeToChange && (list.changeEveryDays ?? 0) > 0 ? new Date(choice.changedAt.getTime() + (list.changeEveryDays ?? 0) * 86_400_000) : null;

  return {
    async createProductList(identity: Identity, draft: ProductListDraft): Promise<ProductList> {
      const { companyId } = operatorOf(identity);
      await checked(companyId, draft);
      return runTransaction(deps, async (tx) => {
        const list = await insertProductList(tx, companyId, draft);
        await recordOffersEvents(tx, identity, [{ type: 'product_list.created', companyId, data: { listId: list.id, name: list.name } }]);
        return list;
      });
    },

    /** Replaces a list's content; a live offer naming a static list gets it at the till with the next snapshot, made now. */
    async updateProductList(identity: Identity, listId: string, draft: ProductListDraft): Promise<ProductList> {
      const { companyId } = operatorOf(identity);
      await checked(companyId, draft);
      const updated = await runTransaction(deps, async (tx) => {
        const list = await listOf(tx, companyId, listId);
        if (list.kind !== draft.kind) throw new OffersError('INVALID_INPUT', `This list is ${list.kind.toLowerCase()}; its kind does not change`, 'kind');
        const changed = await updateProductListRow(tx, list.id, draft);
        await recordOffersEvents(tx, identity, [{ type: 'product_list.updated', companyId, data: { listId: list.id } }]);
        const candidates = draft.favourites?.candidateSkus;
        if (candidates) await dropPicksOutside(tx, identity, companyId, list.id, candidates);
        if (list.kind === 'STATIC' && (await liveOfferNamesList(tx, companyId, list.id)))
          await publishSnapshot(tx, identity, companyId, () => deps.clock.now());
        return changed;
      });
      await deps.afterCommit?.();
      return updated;
    },

    /**
     * A member's pick from a favourites list: up to its number of picks, among its candidates, no
     * sooner than its change interval after the last pick. The ledger has it before the answer, so
     * the next receipt applies it.
     */
    async chooseFavouriteProducts(identity: Identity, input: { listId: string; skus: string[]; memberId: string | null }): Promise<MemberFavourites> {
      const { memberId, companyId } = await picker(identity, input.memberId);
      const list = await listOf(deps.db, companyId, input.listId);
      if (list.kind !== 'FAVOURITES') throw new OffersError('INVALID_INPUT', 'This list is not one members pick from', 'listId');
      const skus = input.skus.map((sku) => sku.trim());
      const picks = list.picks ?? 1;
      if (skus.length === 0 || skus.length > picks)
        throw new OffersError('INVALID_INPUT', picks === 1 ? 'Pick one product' : `Pick 1 to ${picks} products`, 'skus');
      const twice = skus.findIndex((sku, index) => skus.indexOf(sku) !== index);
      if (twice >= 0) throw new OffersError('INVALID_INPUT', 'A product is picked once', `skus.${twice}`);
      const candidates = new Set(await candidatesOf(list, memberId));
      const outside = skus.findIndex((sku) => !candidates.has(sku));
      if (outside >= 0) throw new OffersError('INVALID_INPUT', 'Not among the products to pick from', `skus.${outside}`);
      const now = deps.clock.now();
      const chosen = await runTransaction(deps, async (tx) => {
        // Locked, so two picks at once apply one after the other and the interval holds.
        await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`${memberId}|${list.id}`}, 11))::text`;
        const before = await findChoice(tx, memberId, list.id);
        const next = changeableAt(list, before);
        // Staff picking for a member who asks them may change a pick at any time.
        if (identity.kind === 'member' && next && next > now)
          throw new OffersError('FAVOURITES_LOCKED', `The pick can change from ${next.toISOString()}`, 'skus');
        const choice = await saveChoice(tx, { memberId, listId: list.id, companyId, skus, changedAt: now });
        await recordOffersEvents(tx, identity.kind === 'member' ? identity : ANONYMOUS, [
          { type: FAVOURITES_CHOSEN_EVENT, companyId, memberId, data: { listId: list.id, memberId, skus, changedAt: now.toISOString() } },
        ]);
        return choice;
      });
      await deps.afterCommit?.();
      return { list, candidates: [...candidates], chosen: chosen.skus, changeableAt: changeableAt(list, chosen) };
    },

    /** The company's favourites lists as the member sees them (for the member themself and staff of their company). */
    async favouritesOf(identity: Identity, memberId: string): Promise<MemberFavourites[]> {
      const facts = await deps.db.memberFact.findUnique({ where: { memberId }, select: { companyId: true } });
      if (!facts) return [];
      const own = identity.kind === 'member' && identity.memberId === memberId;
      const staff = identity.kind === 'operator' && identity.companyId === facts.companyId;
      if (!own && !staff) return [];
      const lists = await deps.db.productList.findMany({
        where: { companyId: facts.companyId, kind: 'FAVOURITES', deletedAt: null },
        orderBy: { createdAt: 'asc' },
      });
      return Promise.all(
        lists.map(async (list) => {
          const choice = await findChoice(deps.db, memberId, list.id);
          return {
            list,
            candidates: await candidatesOf(list, memberId),
            chosen: choice?.skus ?? [],
            changeableAt: changeableAt(list, choice),
          };
        }),
      );
    },
  };
}
