/**
 * What the members subgraph tells the subgraphs that keep a view of its members and cards (the
 * ledger): ids, states, family links and the keyed phone hash, never personal data. Each snapshot
 * carries the row's version, which counts up on every change, so a view keeps the newest state
 * whatever order snapshots reach it in: in events, pushed at once, or read through on a miss.
 */
export interface MemberSnapshot {
  memberId: string;
  companyId: string;
  state: 'CARD_HOLDER' | 'REGISTERED' | 'BLOCKED' | 'DELETED';
  familyId: string | null;
  /** Keyed hash of the phone (infra/auth/phone-key.ts); null without a phone or once erased. */
  phoneKey: string | null;
  /**
   * Takes electronic receipts: consented, and has an email to get them at (a flag, not the
   * address). Absent from snapshots made before it was carried.
   */
  takesEReceipts?: boolean;
  version: number;
}

export interface CardSnapshot {
  cardId: string;
  companyId: string;
  number: string;
  memberId: string | null;
  /** Blocked or replaced: neither accrues nor pays. */
  blocked: boolean;
  version: number;
}

/**
 * What an opted-out member's card number becomes, in the members subgraph and in every view of it:
 * unique per card, naming nobody, matching no number a card can have.
 */
export const ERASED_CARD_PREFIX = 'erased:';

export interface MemberViews {
  members: MemberSnapshot[];
  cards: CardSnapshot[];
}

/** How a view names what it misses when it asks the owner (the internal `member-view` call). */
export type MemberViewRequest = { companyId: string } & ({ cardNumber: string } | { memberId: string } | { phone: string });

/** The internal routes a view and its owner talk through (see infra/internal/internal-call.ts). */
export const MEMBER_VIEW_ROUTE = 'member-view';
export const EVENTS_ROUTE = 'events';

export function readViews(payload: Record<string, unknown>): MemberViews | null {
  const views = payload.views as MemberViews | undefined;
  return views && Array.isArray(views.members) && Array.isArray(views.cards) ? views : null;
}
