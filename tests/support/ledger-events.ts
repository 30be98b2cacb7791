import { randomUUID } from 'node:crypto';
import { openCode } from '../../infra/auth/code-sealing';
import { INTERNAL_SIGNATURE_HEADER, internalUrl, signInternalBody } from '../../infra/internal/internal-call';
import { EVENTS_ROUTE } from '../../infra/views/member-views';
import type { TestPlatform } from './platform';
import { querySql } from './seed';

/** Pushes events to the ledger the way the members subgraph does, signed (or signed with another secret). */
export function pushToLedger(platform: TestPlatform, events: unknown[], secret = platform.secrets.gatewaySigningSecret) {
  return pushEvents(platform.ledgerUrl, events, secret);
}

/** Pushes events to a subgraph's internal events route the way an outbox dispatcher does. */
export async function pushEvents(subgraphUrl: string, events: unknown[], secret: string) {
  const body = JSON.stringify({ events });
  return fetch(internalUrl(subgraphUrl, EVENTS_ROUTE), {
    method: 'POST',
    headers: { 'content-type': 'application/json', [INTERNAL_SIGNATURE_HEADER]: signInternalBody(body, secret) },
    body,
  });
}

/**
 * A member's events of these types from a subgraph's outbox (the members one unless named), oldest
 * first, as a late redelivery would bring them: under new ids, as if their first delivery had failed.
 */
export async function redeliverable(platform: TestPlatform, memberId: string, types: string[], source: 'members' | 'offers' = 'members') {
  const rows = await querySql<{ type: string; company_id: string; member_id: string; payload: object; occurred_at: Date }>(
    platform,
    `SELECT type, company_id, member_id, payload, occurred_at FROM ${source}.outbox_events WHERE member_id = $1 AND type = ANY($2) ORDER BY id`,
    [memberId, types],
  );
  return rows.map((row) => ({
    eventId: randomUUID(),
    type: row.type,
    source,
    companyId: row.company_id,
    memberId: row.member_id,
    occurredAt: row.occurred_at.toISOString(),
    payload: row.payload,
  }));
}

/**
 * The codes the ledger sent for an operation at a till, oldest first, opened with the platform's
 * key as the delivering side would: `about` names the event's id field and value.
 */
export async function tillCodesSent(
  platform: TestPlatform,
  type: 'purchase.payment_code_requested' | 'bonuses.deduction_code_requested',
  about: { purchaseId: string } | { manualOperationId: string },
): Promise<string[]> {
  const [field, id] = Object.entries(about)[0] as [string, string];
  const rows = await querySql<{ sealed: string }>(
    platform,
    "SELECT payload->>'sealedCode' AS sealed FROM ledger.outbox_events WHERE type = $1 AND payload->>$3 = $2 ORDER BY id",
    [type, id, field],
  );
  return rows.map((row) => openCode(row.sealed, platform.secrets.codeDeliveryKey));
}
