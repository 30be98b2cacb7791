/**
 * The internal `audience-members` call through which the communications subgraph lists a target
 * audience's members for a mailing (its cost estimate, its recipients), a page at a time in member
 * id order after `after`.
 */
export const AUDIENCE_MEMBERS_ROUTE = 'audience-members';

/** The most members one call answers. */
export const AUDIENCE_MEMBERS_PAGE = 5000;

export interface AudienceMembersRequest {
  companyId: string;
  audienceId: string;
  after: string | null;
  limit: number;
}

/** `found` false: the company has no such audience (or it was deleted). */
export type AudienceMembersAnswer = { found: true; memberIds: string[] } | { found: false };
