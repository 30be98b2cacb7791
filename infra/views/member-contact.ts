/**
 * How the communications subgraph learns where a member is reached: it asks the members subgraph
 * (a signed internal call) at the moment it has something to send, so no copy of contact data is
 * kept in events or views.
 */
export const MEMBER_CONTACT_ROUTE = 'member-contact';

export interface MemberContactRequest {
  companyId: string;
  memberId: string;
}

/** Null fields: none given; `found` false: no such member in the company, or one who opted out. */
export interface MemberContact {
  found: boolean;
  phone: string | null;
  email: string | null;
}
