import { createHmac } from 'node:crypto';

const PHONE_SEPARATORS = /[\s\-().]/g;
const E164 = /^\+[1-9]\d{7,14}$/;

/** A phone in E.164 (`+491701234567`), a leading `00` counting as `+`; null when it is not a phone number. */
export function toE164(raw: string): string | null {
  const compact = raw.trim().replace(PHONE_SEPARATORS, '').replace(/^00/, '+');
  return E164.test(compact) ? compact : null;
}

/**
 * A keyed hash of an E.164 phone. The members subgraph puts it in its events so that other
 * subgraphs can find a member by phone (the ledger at the POS) without ever holding the number.
 */
export function phoneLookupKey(e164: string, secret: string): string {
  return createHmac('sha256', secret).update(`phone:${e164}`).digest('base64url');
}
