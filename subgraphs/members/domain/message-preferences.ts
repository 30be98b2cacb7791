import { canonicalLanguageTag } from '../../../infra/text/language-tag';
import { isTimeZone } from '../../../infra/time/time-zone';
import { DomainError } from './errors';

/** How a message reaches a member; marketing over each needs the member's own consent. */
export const CHANNELS = ['SMS', 'EMAIL', 'PUSH', 'VIBER', 'SOCIAL'] as const;
export type Channel = (typeof CHANNELS)[number];

/** A BCP 47 language tag in its canonical form (`de-at` → `de-AT`). */
export function normaliseLanguage(raw: string, field = 'language'): string {
  const tag = canonicalLanguageTag(raw);
  if (!tag) throw new DomainError('INVALID_INPUT', 'language is a BCP 47 tag such as en, de or pt-BR', field);
  return tag;
}

export function checkTimeZone(raw: string, field = 'timeZone'): string {
  const name = raw.trim();
  if (!isTimeZone(name)) throw new DomainError('INVALID_INPUT', 'timeZone is an IANA time zone such as Europe/Berlin', field);
  return name;
}
