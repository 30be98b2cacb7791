import type { Identity } from '../auth/identity';
import type { DomainEvent } from '../outbox/outbox-writer';
import { isUuid } from '../text/uuid';

/**
 * One trail of what staff did, whichever subgraph they did it in (the `staffActions` query, kept by
 * the members subgraph): every event an operator's change records makes an entry. The members
 * subgraph writes its own entries in the transaction of the change; another subgraph records, beside
 * each such event and in the same transaction, a `staff.action_recorded` event that the members
 * subgraph keeps. Only operators' changes make these events, so tills and members add no work.
 * Entries hold ids, never personal data, and outlive a member's opt-out.
 */
export const STAFF_ACTION_EVENT = 'staff.action_recorded';

/** One entry of the trail. */
export interface StaffActionEntry {
  /** What was done, as the event's type (`member.blocked`, `bonuses.accrued`, `limit.updated`…). */
  action: string;
  companyId: string;
  memberId: string | null;
  operatorId: string;
  channel: string | null;
}

/** The trail entries a caller's events make: one per event for an operator, none for anyone else. */
export function staffActionEntries(identity: Identity, channel: string | null, events: DomainEvent[]): StaffActionEntry[] {
  if (identity.kind !== 'operator') return [];
  return events.map((event) => ({
    action: event.type,
    companyId: event.companyId,
    memberId: event.memberId ?? null,
    operatorId: identity.operatorId,
    channel,
  }));
}

/** A subgraph's events with, for an operator's, the `staff.action_recorded` events that report them to the trail. */
export function withStaffTrail(identity: Identity, channel: string | null, events: DomainEvent[]): DomainEvent[] {
  return [...events, ...staffActionEvents(identity, channel, events)];
}

/** The `staff.action_recorded` events a subgraph other than members records beside an operator's events. */
function staffActionEvents(identity: Identity, channel: string | null, events: DomainEvent[]): DomainEvent[] {
  return staffActionEntries(identity, channel, events).map((entry) => ({
    type: STAFF_ACTION_EVENT,
    companyId: entry.companyId,
    memberId: entry.memberId,
    data: { action: entry.action, operatorId: entry.operatorId, channel: entry.channel },
  }));
}

/** The entry a `staff.action_recorded` event carries, or null when it is not well formed. */
export function entryOfEvent(event: { companyId: string; memberId?: string | null; payload: Record<string, unknown> }): StaffActionEntry | null {
  const { action, operatorId, channel } = event.payload;
  if (typeof action !== 'string' || typeof operatorId !== 'string' || !isUuid(operatorId)) return null;
  return { action, companyId: event.companyId, memberId: event.memberId ?? null, operatorId, channel: typeof channel === 'string' ? channel : null };
}
