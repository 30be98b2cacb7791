/**
 * Phase 1: a receipt against a snapshot's offers. Order: receipt-level filters → qualifying lines by
 * product → minimum total / quantity → one bundle per line (stacking, competition) → discounts in rank
 * order with budgets → register discount settled → payment share, accrual rules, messages.
 */
import type Decimal from 'decimal.js';
import { accrualGroups, rateOrOne } from './accruals';
import type { CompiledOffer } from './compile';
import type { OfferRule } from './definition';
import { centsFloor, centsToDecimal, pow10, type Scaled, scaledFromDecimal, ZERO } from './exact';
import { type LocalClock, lineQualifies, ProductLists, readLocalClock, receiptRejection } from './filters';
import { type PreparedLine, prepareLines } from './lines';
import { candidatesFor, indexOffers, isOfferIndex, type OfferIndex } from './offer-index';
import { type Application, type OfferRun, type Run, runOffers } from './pipeline';
import type { ApplyOptions, EvaluationContext, ReceiptInput } from './receipt-input';
import type {
  AppliedLine,
  AppliedOfferOutcome,
  AppliedOffers,
  LineAccrualRule,
  LineDiscount,
  MemberMessage,
  OfferOutcome,
  ReceiptMessage,
  Rejection,
} from './results';
import { settleLine } from './stacking';
import { bundleWorth } from './worth';

/** Everything one evaluation learns about the offers, by ordinal. */
interface Evaluation {
  index: OfferIndex;
  receipt: ReceiptInput;
  context: EvaluationContext;
  clock: LocalClock;
  lines: PreparedLine[];
  /** Receipt-level verdict: undefined = not looked at, null = passes. */
  verdicts: Array<Rejection | null | undefined>;
  qualifying: Array<number[] | undefined>;
  /** After the minimum total / quantity. */
  rejected: Array<Rejection | undefined>;
  won: Array<number[] | undefined>;
  lost: Array<Array<{ idx: number; winner: number }> | undefined>;
  /** Per line: ordinals of the offers that apply. */
  lineWinners: number[][];
  budgets: Map<number, bigint | null>;
  rates: Map<string, Scaled>;
}

function compareScaled(a: Scaled, b: Scaled): number {
  const left = a.n * pow10(b.s);
  const right = b.n * pow10(a.s);
  return left === right ? 0 : left < right ? -1 : 1;
}

function formatCents(cents: bigint): string {
  return centsToDecimal(cents).toFixed(2);
}

function verdictOf(ev: Evaluation, offer: CompiledOffer): Rejection | null {
  let verdict = ev.verdicts[offer.ordinal];
  if (verdict === undefined) {
    verdict = receiptRejection(offer, ev.receipt, ev.clock, ev.context);
    ev.verdicts[offer.ordinal] = verdict;
  }
  return verdict;
}

/** Qualifying lines per offer: the index's candidates for each line that pass the receipt filters and the product filter. */
function findQualifying(ev: Evaluation, lists: ProductLists): number[][] {
  const { index, lines } = ev;
  const marks = new Int32Array(index.offers.length);
  const lineCandidates: number[][] = [];
  for (const line of lines) {
    const found: number[] = [];
    for (const ordinal of candidatesFor(index, line, marks, line.index + 1)) {
      const offer = index.offers[ordinal] as CompiledOffer;
      if (verdictOf(ev, offer) !== null) continue;
      const includeKnown = index.byProduct && offer.filters.include !== null && offer.filters.include.lists.length === 0;
      if (!lineQualifies(offer.filters, line, lists, includeKnown)) continue;
      found.push(ordinal);
      const own = ev.qualifying[ordinal];
      if (own) own.push(line.index);
      else ev.qualifying[ordinal] = [line.index];
    }
    lineCandidates.push(found);
  }
  return lineCandidates;
}

/** MIN_TOTAL (qualifying lines after the register's discount, before offers) and MIN_QUANTITY. */
function checkMinimums(ev: Evaluation): void {
  ev.qualifying.forEach((idxs, ordinal) => {
    if (!idxs) return;
    const filters = (ev.index.offers[ordinal] as CompiledOffer).filters;
    if (filters.minTotal !== null) {
      let total = 0n;
      for (const idx of idxs) total += (ev.lines[idx] as PreparedLine).gross - (ev.lines[idx] as PreparedLine).register;
      if (total < filters.minTotal) {
        ev.rejected[ordinal] = { code: 'MIN_TOTAL', detail: `qualifying total ${formatCents(total)} is below ${formatCents(filters.minTotal)}` };
        return;
      }
    }
    if (filters.minQuantity !== null) {
      const quantities = idxs.map((idx) => (ev.lines[idx] as PreparedLine).quantity);
      const scale = Math.max(...quantities.map((q) => q.s));
      let sum = 0n;
      for (const q of quantities) sum += q.n * pow10(scale - q.s);
      if (compareScaled({ n: sum, s: scale }, filters.minQuantity) < 0) {
        ev.rejected[ordinal] = { code: 'MIN_QUANTITY', detail: `qualifying quantity is below ${ev.index.offers[ordinal]?.rule.filters.minQuantity}` };
      }
    }
  });
}

function budgetOf(ev: Evaluation, offer: CompiledOffer): bigint | null {
  if (ev.budgets.has(offer.ordinal)) return ev.budgets.get(offer.ordinal) ?? null;
  const left = ev.context.budgetLeft.get(offer.offerId);
  const cents = left === undefined ? null : left.gt(0) ? centsFloor(scaledFromDecimal(left)) : 0n;
  ev.budgets.set(offer.ordinal, cents);
  return cents;
}

function rateOf(ev: Evaluation, currency: string): Scaled {
  let rate = ev.rates.get(currency);
  if (rate === undefined) {
    rate = rateOrOne(ev.context.exchangeRates, currency);
    ev.rates.set(currency, rate);
  }
  return rate;
}

/** Gives each contested line to one bundle; BEST_FOR_MEMBER worth is computed once per bundle, only when asked. */
function settleContests(ev: Evaluation, lineCandidates: number[][]): void {
  const offers = ev.index.offers;
  let members: Map<string, number[]> | null = null;
  const worths = new Map<string, bigint[]>();
  const baseAccrualPercent = scaledFromDecimal(ev.context.baseAccrualPercent);
  const worthOf = (key: string, idx: number): bigint => {
    let worth = worths.get(key);
    if (!worth) {
      if (members === null) {
        members = new Map();
        ev.qualifying.forEach((idxs, ordinal) => {
          if (!idxs || ev.rejected[ordinal]) return;
          const bundle = (offers[ordinal] as CompiledOffer).bundleKey;
          const list = members?.get(bundle);
          if (list) list.push(ordinal);
          else members?.set(bundle, [ordinal]);
        });
      }
      const applications = (members.get(key) ?? []).map((ordinal) => ({
        offer: offers[ordinal] as CompiledOffer,
        lineIdxs: ev.qualifying[ordinal] as number[],
      }));
      worth = bundleWorth(ev.lines, applications, {
        defaultCurrency: ev.context.defaultCurrency,
        receiptCurrency: ev.receipt.currency,
        baseAccrualPercent,
        rate: (currency) => rateOf(ev, currency),
        budgetOf: (offer) => budgetOf(ev, offer),
        earnsBonuses: ev.context.member !== null,
      });
      worths.set(key, worth);
    }
    return worth[idx] as bigint;
  };
  lineCandidates.forEach((found, idx) => {
    const candidates = found.filter((ordinal) => !ev.rejected[ordinal]);
    if (candidates.length === 0) {
      ev.lineWinners.push([]);
      return;
    }
    const award = settleLine(candidates, offers, (key) => worthOf(key, idx));
    ev.lineWinners.push(award.winners);
    for (const ordinal of award.winners) {
      const own = ev.won[ordinal];
      if (own) own.push(idx);
      else ev.won[ordinal] = [idx];
    }
    for (const ordinal of award.losers) {
      const own = ev.lost[ordinal];
      if (own) own.push({ idx, winner: award.winnerTop });
      else ev.lost[ordinal] = [{ idx, winner: award.winnerTop }];
    }
  });
}

function buildLines(ev: Evaluation, run: Run): AppliedLine[] {
  const offers = ev.index.offers;
  const rulesByLine: LineAccrualRule[][] = ev.lines.map(() => []);
  for (const group of accrualGroups(run, ev.context.defaultCurrency)) {
    const bonus = group.bonus as CompiledOffer['bonuses'][number];
    const rule: LineAccrualRule = {
      offerId: group.offerId,
      actionIndex: bonus.actionIndex,
      base: bonus.base,
      value: bonus.valueDecimal,
      currency: group.currency,
      activationDelayDays: bonus.activationDelayDays,
      lifetimeDays: bonus.lifetimeDays,
    };
    for (const idx of group.lineIdxs) rulesByLine[idx]?.push(rule);
  }
  return ev.lines.map((line, idx): AppliedLine => {
    const state = run.states[idx];
    const winners = ev.lineWinners[idx] ?? [];
    const total = run.totals[idx] as bigint;
    const discounts: LineDiscount[] = [];
    for (const entry of state?.entries ?? []) {
      if (entry.amount === 0n) continue;
      discounts.push({
        offerId: (offers[entry.ordinal] as CompiledOffer).offerId,
        amount: centsToDecimal(entry.amount),
        rounding: centsToDecimal(entry.rounding),
      });
    }
    const payment = winners.map((ordinal) => (offers[ordinal] as CompiledOffer).payment).find((p) => p != null) ?? null;
    const keptRegister = state ? state.keptRegister : line.register;
    return {
      lineNo: line.lineNo,
      sku: line.sku,
      quantity: line.source.quantity,
      gross: centsToDecimal(line.gross),
      registerPolicy: state?.policy ?? 'ACCEPT',
      registerDiscount: keptRegister === line.register ? line.source.registerDiscount : centsToDecimal(keptRegister),
      discounts,
      discount: state && state.offersTotal > 0n ? centsToDecimal(state.offersTotal) : ZERO,
      total: centsToDecimal(total),
      maxPaymentShare: payment ? payment.maxShareDecimal : null,
      maxPayment: payment ? centsToDecimal((total * payment.maxShare.n) / pow10(payment.maxShare.s)) : null,
      accrues: run.accrues[idx] as boolean,
      offerIds: winners.map((ordinal) => (offers[ordinal] as CompiledOffer).offerId),
      accrualRules: rulesByLine[idx] as LineAccrualRule[],
    };
  });
}

function appliedOutcome(ev: Evaluation, offerRun: OfferRun, run: Run): AppliedOfferOutcome {
  const { offer } = offerRun;
  let discount = 0n;
  let rounding = 0n;
  for (const idx of offerRun.lineIdxs) {
    for (const entry of run.states[idx]?.entries ?? []) {
      if (entry.ordinal !== offer.ordinal) continue;
      discount += entry.amount;
      rounding += entry.rounding;
    }
  }
  const lineNo = (idx: number) => (ev.lines[idx] as PreparedLine).lineNo;
  return {
    status: 'APPLIED',
    offerId: offer.offerId,
    version: offer.rule.version,
    lineNos: offerRun.lineIdxs.map(lineNo),
    lostLines: (ev.lost[offer.ordinal] ?? []).map(({ idx, winner }) => ({
      lineNo: lineNo(idx),
      winnerOfferId: (ev.index.offers[winner] as CompiledOffer).offerId,
    })),
    registerDiscountKept: offerRun.registerKept.map(lineNo),
    discount: centsToDecimal(discount),
    rounding: centsToDecimal(rounding),
    accrualRuleCount: offer.bonuses.length === 0 ? 0 : offer.bonuses.length * offerRun.lineIdxs.filter((idx) => run.accrues[idx]).length,
    payment: offer.payment ? { maxShare: offer.payment.maxShareDecimal, minCash: offer.payment.minCashDecimal } : null,
    budget:
      offerRun.budgetBefore === null
        ? null
        : {
            left: centsToDecimal(offerRun.budgetBefore),
            discountCapped: offerRun.discountCapped,
            leftForBonuses: centsToDecimal(offerRun.budgetLeft ?? 0n),
          },
  };
}

/** Why an offer did not apply; computed only on request. */
function rejectionOf(ev: Evaluation, offer: CompiledOffer): Rejection {
  const verdict = verdictOf(ev, offer);
  if (verdict !== null) return verdict;
  const rejected = ev.rejected[offer.ordinal];
  if (rejected) return rejected;
  const lost = ev.lost[offer.ordinal];
  if (lost && lost.length > 0) {
    const winners = [...new Set(lost.map(({ winner }) => winner))].sort((a, b) => a - b).map((o) => (ev.index.offers[o] as CompiledOffer).offerId);
    return { code: 'LOST_TO_OFFER', detail: `its lines went to ${winners.join(', ')}`, winnerOfferIds: winners };
  }
  return { code: 'NO_QUALIFYING_LINES', detail: 'no line passes its products filter' };
}

/**
 * Phase 1: applies a snapshot's RECEIPT offers to a receipt. Pass the snapshot's `indexOffers(...)`
 * (raw offers work too, indexed on each call). Deterministic: the same input gives the same answer,
 * whatever the offers' order.
 */
export function applyOffers(
  receipt: ReceiptInput,
  offers: OfferIndex | readonly OfferRule[],
  context: EvaluationContext,
  options: ApplyOptions = {},
): AppliedOffers {
  const index = isOfferIndex(offers) ? offers : indexOffers(offers);
  const count = index.offers.length;
  const ev: Evaluation = {
    index,
    receipt,
    context,
    clock: readLocalClock(receipt.localTime),
    lines: prepareLines(receipt.lines),
    verdicts: new Array(count),
    qualifying: new Array(count),
    rejected: new Array(count),
    won: new Array(count),
    lost: new Array(count),
    lineWinners: [],
    budgets: new Map(),
    rates: new Map(),
  };
  const lineCandidates = findQualifying(ev, new ProductLists(context.productLists));
  checkMinimums(ev);
  settleContests(ev, lineCandidates);

  const applications: Application[] = [];
  ev.won.forEach((lineIdxs, ordinal) => {
    if (lineIdxs) applications.push({ offer: index.offers[ordinal] as CompiledOffer, lineIdxs });
  });
  const run = runOffers(ev.lines, applications, (offer) => budgetOf(ev, offer));
  const lines = buildLines(ev, run);

  const receiptMessages: ReceiptMessage[] = [];
  const cashierMessages: ReceiptMessage[] = [];
  const memberMessages: MemberMessage[] = [];
  let minCash: { cents: bigint; value: Decimal } | null = null;
  const runs = new Map(run.offers.map((offerRun) => [offerRun.offer.ordinal, offerRun]));
  const outcomes: OfferOutcome[] = [];
  for (const offer of index.offers) {
    const offerRun = runs.get(offer.ordinal);
    if (!offerRun) {
      if (options.explainRejections) outcomes.push({ status: 'REJECTED', offerId: offer.offerId, version: offer.rule.version, reason: rejectionOf(ev, offer) });
      continue;
    }
    outcomes.push(appliedOutcome(ev, offerRun, run));
    for (const text of offer.receiptMessages) receiptMessages.push({ offerId: offer.offerId, text });
    for (const text of offer.cashierMessages) cashierMessages.push({ offerId: offer.offerId, text });
    if (context.member !== null) {
      for (const message of offer.memberMessages) memberMessages.push({ offerId: offer.offerId, channel: message.channel, template: message.template });
    }
    const cash = offer.payment?.minCash;
    if (cash != null && (minCash === null || cash > minCash.cents)) minCash = { cents: cash, value: offer.payment?.minCashDecimal as Decimal };
  }
  let discount = 0n;
  let total = 0n;
  ev.lines.forEach((_, idx) => {
    discount += run.states[idx]?.offersTotal ?? 0n;
    total += run.totals[idx] as bigint;
  });
  return {
    currency: receipt.currency,
    lines,
    discount: centsToDecimal(discount),
    total: centsToDecimal(total),
    receiptMessages,
    cashierMessages,
    memberMessages,
    minCash: minCash?.value ?? null,
    offers: outcomes,
    baseAccrualPercent: context.baseAccrualPercent,
    exchangeRates: context.exchangeRates,
  };
}
