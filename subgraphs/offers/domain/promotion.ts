import type { BusinessError } from '../../../infra/errors/business-error';
import { isWallClock } from '../../../infra/time/wall-clock';
import { isUuid, problemChecks } from './problems';

/** Promo content as a marketer writes it. */
export interface PromotionDraft {
  title: string;
  text: string;
  imageUrl: string | null;
  link: string | null;
  audienceId: string | null;
  /** Any version's id of the offer it promotes, or its lineage id. */
  offerId: string | null;
  /** Local wall clock `YYYY-MM-DDTHH:MM` in the company's time zone; null is open. */
  displayFrom: string | null;
  displayTo: string | null;
  position: number;
  published: boolean;
}

const URL = /^https?:\/\/[^\s]+$/i;

/** Every problem of the content at once, with the input paths they are about; references are checked by the caller. */
export function promotionProblems(draft: PromotionDraft): BusinessError[] {
  const { problems, report, text, integer } = problemChecks();
  text('title', draft.title, 1, 200);
  text('text', draft.text, 0, 5000);
  for (const field of ['imageUrl', 'link'] as const) {
    const value = draft[field];
    if (value !== null && (!URL.test(value) || value.length > 2000)) report('INVALID_INPUT', field, 'an http(s) address of up to 2,000 characters');
  }
  if (draft.audienceId !== null && !isUuid(draft.audienceId)) report('AUDIENCE_NOT_FOUND', 'audienceId', 'no such audience in the company');
  if (draft.offerId !== null && !isUuid(draft.offerId)) report('OFFER_NOT_FOUND', 'offerId', 'no such offer in the company');
  for (const field of ['displayFrom', 'displayTo'] as const) {
    const value = draft[field];
    if (value !== null && !isWallClock(value)) report('INVALID_PERIOD', field, 'a local date and time such as 2026-12-01T12:00');
  }
  if (draft.displayFrom !== null && draft.displayTo !== null && draft.displayTo <= draft.displayFrom)
    report('INVALID_PERIOD', 'displayTo', 'the display must end after it starts');
  integer('position', draft.position, -1000, 1000);
  return problems;
}
