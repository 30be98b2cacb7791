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

/**
 * The internal `member-contacts` call: many members' contacts at once, for a mailing's recipients
 * and its cost estimate. Either the members named (an audience's page), or a page of every member
 * with marketing consent for a channel, in id order after `after`.
 */
export const MEMBER_CONTACTS_ROUTE = 'member-contacts';

/** The most members one call names or answers. */
export const MEMBER_CONTACTS_PAGE = 5000;

export type MemberContactsRequest =
  | { companyId: string; memberIds: string[] }
  | { companyId: string; consentTo: MessageChannelName; after: string | null; limit: number };

/** What a mailing needs to reach a member and to speak to them. */
export interface MailingContact {
  memberId: string;
  phone: string | null;
  email: string | null;
  firstName: string | null;
  lastName: string | null;
  language: string | null;
  timeZone: string;
  marketingConsents: MessageChannelName[];
  blocked: boolean;
}

export interface MemberContactsAnswer {
  /** The program's name, as messages show it. */
  companyName: string;
  /** The company's money (a cost estimate's currency). */
  currency: string;
  /** In member id order; members named who are not (any longer) members are left out. */
  contacts: MailingContact[];
}
