import type { BusinessError } from '../../../infra/errors/business-error';
import { NO_FILTERS, type OfferAction, type OfferRule, type ProductSelector } from '../../../packages/mechanics/definition';
import { type KnownReferences, offerDraftProblems } from './offer-check';
import type { OfferDraft } from './offer-draft';
import { problemChecks } from './problems';

/** What a personal offer gives, and how much. */
export const BENEFIT_KINDS = ['DISCOUNT_PERCENT', 'DISCOUNT_AMOUNT', 'FIXED_PRICE', 'BONUS_PERCENT', 'BONUS_MULTIPLIER'] as const;
export type BenefitKind = (typeof BENEFIT_KINDS)[number];

/** A personal offer as an import carries it: for one member, a benefit on some products (all: null) for a while. */
export interface PersonalOfferImport {
  externalId: string;
  /** The member, by id or by a card of theirs (exactly one). */
  memberId: string | null;
  cardNumber: string | null;
  name: string;
  products: ProductSelector[] | null;
  benefit: { kind: BenefitKind; value: string };
  validFrom: Date;
  validTo: Date;
}

/** The most personal offers one import may carry (what fits the 2 MB a request may be). */
export const MAX_IMPORT = 5_000;
/** The most personal offers in force (now or later) one member may have: they all combine at the till. */
export const MAX_PER_MEMBER = 20;
const EARLIEST = Date.parse('2000-01-01T00:00:00Z');
const LATEST = Date.parse('2100-01-01T00:00:00Z');

/** The action a benefit is: a discount per line (an amount off the receipt's qualifying lines), or bonus points. */
function actionOf(benefit: PersonalOfferImport['benefit']): OfferAction {
  const discount = (base: 'PERCENT' | 'AMOUNT' | 'FIXED_PRICE', scope: 'LINE' | 'RECEIPT'): OfferAction => ({
    kind: 'DISCOUNT',
    base,
    value: benefit.value,
    scope,
    n: null,
    m: null,
    rounding: null,
  });
  const bonus = (base: 'PERCENT' | 'MULTIPLIER'): OfferAction => ({
    kind: 'BONUS_POINTS',
    base,
    value: benefit.value,
    currency: null,
    activationDelayDays: null,
    lifetimeDays: null,
  });
  switch (benefit.kind) {
    case 'DISCOUNT_PERCENT':
      return discount('PERCENT', 'LINE');
    case 'DISCOUNT_AMOUNT':
      return discount('AMOUNT', 'RECEIPT');
    case 'FIXED_PRICE':
      return discount('FIXED_PRICE', 'LINE');
    case 'BONUS_PERCENT':
      return bonus('PERCENT');
    case 'BONUS_MULTIPLIER':
      return bonus('MULTIPLIER');
  }
}

/** The offer as a draft: a receipt offer for members, on the products named, combining with the company's offers. */
function draftOf(row: PersonalOfferImport): OfferDraft {
  return {
    name: row.name,
    description: '',
    priority: 0,
    stacking: { mode: 'COMBINABLE', group: null },
    competition: 'BEST_FOR_MEMBER',
    startsAt: null,
    endsAt: null,
    event: { kind: 'RECEIPT' },
    filters: { ...NO_FILTERS, membersOnly: true, products: { include: row.products, exclude: null } },
    actions: [actionOf(row.benefit)],
    budget: null,
  };
}

/** The rule the till evaluates the personal offer with (its id is the offer's own). */
export function personalRule(id: string, row: PersonalOfferImport): OfferRule {
  return { offerId: id, version: 1, ...draftOf(row) };
}

/** Where a problem the offer checks name on the draft sits in the import's row. */
function rowField(field: string | null): string {
  if (field === null) return '';
  if (field.startsWith('actions.0')) return 'benefit.value';
  const selector = /^filters\.products\.include(.*)$/.exec(field);
  if (selector) return `products${selector[1]}`;
  return field;
}

/**
 * Every problem of an import at once, at `offers.<index>.<field>`: the row's own checks, and the
 * offer checks the till's offers go through (percents, amounts, products). `known.members` holds
 * the members the rows name that exist in the company (cards resolved).
 */
export function personalOfferProblems(
  rows: PersonalOfferImport[],
  known: KnownReferences & {
    memberOf: (row: PersonalOfferImport) => string | null;
    /** Each member's offers in force now or later, besides those this import replaces. */
    inForce: ReadonlyMap<string, number>;
    now: Date;
  },
): BusinessError[] {
  const inForce = new Map(known.inForce);
  const { problems, report, text } = problemChecks();
  if (rows.length === 0 || rows.length > MAX_IMPORT) report('INVALID_INPUT', 'offers', `1 to ${MAX_IMPORT.toLocaleString('en')} personal offers`);
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const at = `offers.${index}`;
    text(`${at}.externalId`, row.externalId, 1, 100);
    if (seen.has(row.externalId)) report('INVALID_INPUT', `${at}.externalId`, `${row.externalId} is in the import twice`);
    seen.add(row.externalId);
    if ((row.memberId === null) === (row.cardNumber === null))
      report('INVALID_INPUT', `${at}.memberId`, 'name the member by memberId or cardNumber, one of them');
    else {
      const memberId = known.memberOf(row);
      const field = `${at}.${row.memberId ? 'memberId' : 'cardNumber'}`;
      if (memberId === null) report('MEMBER_NOT_FOUND', field, 'no such member in the company');
      else if (row.validTo > known.now) {
        inForce.set(memberId, (inForce.get(memberId) ?? 0) + 1);
        if (inForce.get(memberId) === MAX_PER_MEMBER + 1) report('INVALID_INPUT', field, `at most ${MAX_PER_MEMBER} personal offers in force per member`);
      }
    }
    for (const bound of ['validFrom', 'validTo'] as const) {
      const time = row[bound].getTime();
      if (!(time >= EARLIEST && time < LATEST)) report('INVALID_PERIOD', `${at}.${bound}`, 'a time from 2000 to 2099');
    }
    if (row.validTo <= row.validFrom) report('INVALID_PERIOD', `${at}.validTo`, 'the offer must end after it starts');
    else if (row.validTo <= known.now) report('INVALID_PERIOD', `${at}.validTo`, 'the offer has ended already');
    if (row.products?.some((selector) => 'productListId' in selector))
      report('INVALID_INPUT', `${at}.products`, 'a personal offer names SKUs, categories or brands');
    for (const problem of offerDraftProblems(draftOf(row), known)) {
      const field = rowField(problem.field ?? null);
      report(problem.code as Parameters<typeof report>[0], `${at}.${field}`, problem.message.replace(/^[^:]*: /, ''));
    }
  });
  return problems;
}

/** The benefit a personal offer's rule gives (what it was imported as). */
export function benefitOf(rule: OfferRule): PersonalOfferImport['benefit'] {
  const action = rule.actions[0];
  if (action?.kind === 'DISCOUNT') {
    const kind = action.base === 'PERCENT' ? 'DISCOUNT_PERCENT' : action.base === 'AMOUNT' ? 'DISCOUNT_AMOUNT' : 'FIXED_PRICE';
    return { kind, value: action.value ?? '0' };
  }
  if (action?.kind === 'BONUS_POINTS') return { kind: action.base === 'MULTIPLIER' ? 'BONUS_MULTIPLIER' : 'BONUS_PERCENT', value: action.value };
  throw new Error(`personal offer ${rule.offerId} has no benefit`);
}
