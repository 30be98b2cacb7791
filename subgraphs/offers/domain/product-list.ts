import type { BusinessError } from '../../../infra/errors/business-error';
import type { OfferRule, ProductSelector } from '../../../packages/mechanics/definition';
import { problemChecks } from './problems';

/** How a favourites list gets its candidates and how members pick. */
export interface FavouritesRule {
  /** Fixed candidates by SKU; null: each member's most bought SKUs (historyDays, historyTop). */
  candidateSkus: string[] | null;
  historyDays: number | null;
  historyTop: number | null;
  picks: number;
  changeEveryDays: number;
}

/** A product list as a marketer writes it. */
export interface ProductListDraft {
  name: string;
  kind: 'STATIC' | 'FAVOURITES';
  /** STATIC: what it holds. */
  selectors: ProductSelector[] | null;
  /** FAVOURITES: its candidates and picking rules. */
  favourites: FavouritesRule | null;
}

const MAX_SELECTORS = 1000;

/** Every problem of a list at once, with the input paths they are about; `skus`: those the catalogue holds (null: no catalogue, any SKU goes). */
export function productListProblems(draft: ProductListDraft, skus: ReadonlySet<string> | null = null): BusinessError[] {
  const { problems, report, text, integer, list } = problemChecks();
  text('name', draft.name, 1, 100);
  if (draft.kind === 'STATIC') {
    if (draft.selectors === null || draft.selectors.length === 0 || draft.selectors.length > MAX_SELECTORS)
      report('INVALID_INPUT', 'selectors', `a static list holds 1 to ${MAX_SELECTORS} selectors`);
    draft.selectors?.forEach((selector, index) => {
      const given = Object.entries(selector).filter(([, value]) => value !== null && value !== undefined);
      if (given.length !== 1 || given[0]?.[0] === 'productListId') report('INVALID_INPUT', `selectors.${index}`, 'name exactly one of sku, category or brand');
      else if (String(given[0]?.[1]).trim().length === 0 || String(given[0]?.[1]).length > 200)
        report('INVALID_INPUT', `selectors.${index}`, '1 to 200 characters');
      else if ('category' in selector && String(selector.category).includes('/'))
        report('INVALID_INPUT', `selectors.${index}.category`, 'one level of the category path');
      else if ('sku' in selector && skus && !skus.has(selector.sku))
        report('PRODUCT_NOT_FOUND', `selectors.${index}.sku`, `no product ${selector.sku} in the catalogue`);
    });
    if (draft.favourites !== null) report('INVALID_INPUT', 'favourites', 'a static list has no favourites rule');
    return problems;
  }
  const rule = draft.favourites;
  if (rule === null) {
    report('INVALID_INPUT', 'favourites', 'a favourites list needs its rule: candidates and picks');
    return problems;
  }
  if (draft.selectors !== null) report('INVALID_INPUT', 'selectors', 'a favourites list takes its candidates in favourites');
  integer('favourites.picks', rule.picks, 1, 50);
  integer('favourites.changeEveryDays', rule.changeEveryDays, 0, 365);
  list('favourites.candidateSkus', rule.candidateSkus, (sku) => sku.trim().length > 0 && sku.length <= 200, 'a SKU');
  rule.candidateSkus?.forEach((sku, index) => {
    if (skus && !skus.has(sku)) report('PRODUCT_NOT_FOUND', `favourites.candidateSkus.${index}`, `no product ${sku} in the catalogue`);
  });
  const fromHistory = rule.historyDays !== null || rule.historyTop !== null;
  if ((rule.candidateSkus === null) === !fromHistory || (fromHistory && (rule.historyDays === null || rule.historyTop === null)))
    report('INVALID_INPUT', 'favourites', 'give candidateSkus, or historyDays and historyTop (candidates from each member’s purchases)');
  integer('favourites.historyDays', rule.historyDays, 1, 3650);
  integer('favourites.historyTop', rule.historyTop, 1, 100);
  return problems;
}

/**
 * The offer as the snapshot carries it: each static list it names replaced by what the list holds,
 * so the till needs nothing more; a favourites list stays named (the till fills it per member).
 */
export function withStaticListsExpanded(rule: OfferRule, staticLists: ReadonlyMap<string, ProductSelector[]>): OfferRule {
  const expand = (selectors: ProductSelector[] | null): ProductSelector[] | null =>
    selectors === null
      ? null
      : selectors.flatMap((selector) =>
          'productListId' in selector && staticLists.has(selector.productListId) ? (staticLists.get(selector.productListId) ?? []) : [selector],
        );
  const { products } = rule.filters;
  return { ...rule, filters: { ...rule.filters, products: { include: expand(products.include), exclude: expand(products.exclude) } } };
}

/** The product lists an offer names (what is left after expansion: the favourites lists). */
export function listsNamed(rule: OfferRule): string[] {
  const { include, exclude } = rule.filters.products;
  return [...(include ?? []), ...(exclude ?? [])].flatMap((selector) => ('productListId' in selector ? [selector.productListId] : []));
}
