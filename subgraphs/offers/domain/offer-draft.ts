import type { OfferAction, OfferBudget, OfferEvent, OfferFilters, Stacking } from '../../../packages/mechanics/definition';

/** An offer's content as a marketer writes it: everything but its identity, version and state. */
export interface OfferDraft {
  name: string;
  description: string;
  priority: number;
  stacking: Stacking;
  competition: 'BEST_FOR_MEMBER' | 'PRIORITY';
  /** Local wall-clock bounds `YYYY-MM-DDTHH:MM`, start inclusive, end exclusive; null is open. */
  startsAt: string | null;
  endsAt: string | null;
  event: OfferEvent;
  filters: OfferFilters;
  actions: OfferAction[];
  /** What it may give away (money); null: without limit. */
  budget: OfferBudget | null;
}

/** The event, filters, actions and budget: what the offers table keeps in its `mechanics` column (offers stored before budgets have none). */
export type OfferMechanics = Pick<OfferDraft, 'event' | 'filters' | 'actions'> & { budget?: OfferBudget | null };
