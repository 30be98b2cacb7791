/**
 * Which offers a line gets when several qualify. Offers form bundles: an EXCLUSIVE offer is a bundle
 * of its own; COMBINABLE offers of the same group (the null group being one group) are one bundle.
 * One bundle takes a line. The highest-ranked contender on the line (priority, then offer id) says
 * how: PRIORITY, it takes the line; BEST_FOR_MEMBER, the bundle worth most to the member on that line
 * takes it (ties: rank).
 */
import type { CompiledOffer } from './compile';

export interface LineAward {
  /** Ordinals of the offers that apply to the line (rank order). */
  winners: number[];
  /** Offers that qualified but lost the line, and the winning bundle's top offer. */
  losers: number[];
  winnerTop: number;
}

/**
 * Settles one line. `candidates`: ordinals (rank order) of the offers qualifying for it; `worthOf`:
 * what a bundle would give the member on this line, asked only when a BEST_FOR_MEMBER contest needs it.
 */
export function settleLine(candidates: readonly number[], offers: readonly CompiledOffer[], worthOf: (bundleKey: string) => bigint): LineAward {
  const top = offers[candidates[0] as number] as CompiledOffer;
  let winnerKey = top.bundleKey;
  let bundles: string[] | null = null;
  for (const ordinal of candidates) {
    const key = (offers[ordinal] as CompiledOffer).bundleKey;
    if (key !== top.bundleKey) {
      bundles = [];
      break;
    }
  }
  if (bundles !== null && top.rule.competition === 'BEST_FOR_MEMBER') {
    for (const ordinal of candidates) {
      const key = (offers[ordinal] as CompiledOffer).bundleKey;
      if (!bundles.includes(key)) bundles.push(key);
    }
    let best = -1n;
    for (const key of bundles) {
      const worth = worthOf(key);
      if (worth > best) {
        best = worth;
        winnerKey = key;
      }
    }
  }
  const winners: number[] = [];
  const losers: number[] = [];
  for (const ordinal of candidates) {
    if ((offers[ordinal] as CompiledOffer).bundleKey === winnerKey) winners.push(ordinal);
    else losers.push(ordinal);
  }
  return { winners, losers, winnerTop: winners[0] as number };
}
