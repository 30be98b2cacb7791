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
  /** What target audiences are built on (the offers subgraph): absent from snapshots made before it was carried. */
  facts?: MemberFacts;
  version: number;
}

/**
 * A member's attributes as target audiences select by them: how and when they registered, the
 * day and month of their birthday (not the year), whether they use the app and what they consented
 * to. Nothing that reaches the person: no name, phone or address.
 */
export interface MemberFacts {
  registrationChannel: string | null;
  registeredAt: string | null;
  /** `MM-DD`, or null when not given. */
  birthday: string | null;
  appInstalled: boolean;
  /** In the company's group on a social network (absent from snapshots made before it was carried). */
  socialGroupMember?: boolean;
  profileCompleted: boolean;
  /** Channels (SMS, EMAIL, PUSH, VIBER…) the member agreed to receive marketing through. */
  marketingConsents: string[];
}

export interface CardSnapshot {
  cardId: string;
  companyId: string;
  number: string;
  memberId: string | null;
  /** Blocked or replaced: neither accrues nor pays. */
  blocked: boolean;
  /** PHYSICAL or VIRTUAL; absent from snapshots made before it was carried. */
  kind?: string;
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
