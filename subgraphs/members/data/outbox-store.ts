import { staffActionEntries } from '../../../infra/audit/staff-trail';
import type { Identity } from '../../../infra/auth/identity';
import { type DomainEvent, writeOutboxEvents } from '../../../infra/outbox/outbox-writer';
import type { MembersDb } from './prisma';
import { recordStaffActions } from './staff-actions-store';
import { nextViewSnapshots } from './views-store';

export type MemberEvent = DomainEvent;

/** Events that change no member or card (a code was asked for): they carry no snapshots and count no versions up. */
export const NOTICE_EVENTS: ReadonlySet<string> = new Set(['verification.code_requested']);

const idsIn = (data: Record<string, unknown>, keys: string[]) => keys.map((key) => data[key]).filter((id): id is string => typeof id === 'string');

/**
 * Records the members subgraph's events in the same transaction as the change they describe. Each
 * event carries the snapshots of the members and cards it names, as this transaction leaves them,
 * with their versions counted up, so the views kept from events hold the newest state whatever order they arrive in.
 * An operator's events are entries of the staff trail too.
 */
export async function recordEvents(
  tx: MembersDb,
  deps: { phoneKeySecret: string },
  identity: Identity,
  channel: string | null,
  events: MemberEvent[],
): Promise<void> {
  const named = events.map((event) =>
    NOTICE_EVENTS.has(event.type)
      ? { memberIds: [], cardIds: [] }
      : {
          memberIds: [...new Set([...(event.memberId ? [event.memberId] : []), ...idsIn(event.data, ['memberId', 'headMemberId'])])],
          cardIds: idsIn(event.data, ['cardId', 'oldCardId', 'newCardId']),
        },
  );
  const all = await nextViewSnapshots(tx, deps.phoneKeySecret, {
    memberIds: [...new Set(named.flatMap((n) => n.memberIds))],
    cardIds: [...new Set(named.flatMap((n) => n.cardIds))],
  });
  const withViews = events.map((event, i) => {
    const { memberIds, cardIds } = named[i] as { memberIds: string[]; cardIds: string[] };
    if (memberIds.length === 0 && cardIds.length === 0) return event;
    const views = { members: all.members.filter((m) => memberIds.includes(m.memberId)), cards: all.cards.filter((c) => cardIds.includes(c.cardId)) };
    return { ...event, data: { ...event.data, views } };
  });
  await writeOutboxEvents(tx, 'members', identity, channel, withViews);
  // An operator's change is in the staff trail from the moment it commits.
  await recordStaffActions(tx, staffActionEntries(identity, channel, events));
}
