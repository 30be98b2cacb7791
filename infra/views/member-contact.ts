/**
 * How the communications subgraph learns where and how a member is reached: it asks the members
 * subgraph (a signed internal call) at the moment it has something to send, or when a text comes
 * in from a phone, so no copy of contact data is kept in events or views.
 */
export const MEMBER_CONTACT_ROUTE = 'member-contact';

/** A member named by id, or found by the phone a text came from. */
export type MemberContactRequest = { companyId: string; memberId: string } | { companyId: string; phone: string };

export type MessageChannelName = 'SMS' | 'EMAIL' | 'PUSH' | 'VIBER' | 'SOCIAL';

export interface FoundMemberContact {
  found: true;
  memberId: string;
  /** Null fields: none given. */
  phone: string | null;
  email: string | null;
  firstName: string | null;
  /** The member's language (a BCP 47 tag), null: the company's templates' default. */
  language: string | null;
  /** The member's IANA time zone, else the company's. */
  timeZone: string;
  /** Channels the member takes marketing over. */
  marketingConsents: MessageChannelName[];
  /** The member takes electronic receipts instead of paper ones. */
  eReceiptConsent: boolean;
  /** The program's name and its money's currency code, as messages show them. */
  companyName: string;
  currency: string;
}

/** `found` false: no such member in the company, or one who opted out. */
export type MemberContact = FoundMemberContact | { found: false };

/**
 * The internal `register-by-text` call: a person texted the company's registration keyword, so the
 * phone is theirs (the text came from it); the members subgraph registers them through the SMS channel.
 */
export const REGISTER_BY_TEXT_ROUTE = 'register-by-text';

export interface RegisterByTextRequest {
  companyId: string;
  phone: string;
}

export type RegisterByTextResult = { registered: true; memberId: string } | { registered: false; code: string; message: string };
