import type { LimitMetric } from './limits';

/**
 * The limits a company starts with, in its default currency, so that no staff member or till can
 * move unbounded value before an administrator sets the program's own (they can change or
 * deactivate these like any other). Per card and rolling 24 hours: an alert to the security
 * service above the first figure, a refusal above the second.
 */
export const DEFAULT_LIMITS: ReadonlyArray<{ name: string; metric: LimitMetric; period: 'DAY'; alertAt: string; refuseAbove: string }> = [
  { name: 'Default: bonuses accrued to one card in 24 hours', metric: 'CARD_ACCRUED', period: 'DAY', alertAt: '20000', refuseAbove: '100000' },
  { name: 'Default: bonuses paid or deducted from one card in 24 hours', metric: 'CARD_DEDUCTED', period: 'DAY', alertAt: '20000', refuseAbove: '100000' },
];
