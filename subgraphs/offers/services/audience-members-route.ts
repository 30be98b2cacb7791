import { z } from 'zod';
import { HttpError } from '../../../infra/http/graphql-http-server';
import { AUDIENCE_MEMBERS_PAGE, AUDIENCE_MEMBERS_ROUTE, type AudienceMembersAnswer } from '../../../infra/internal/offers-queries';
import { UUID } from '../../../infra/text/uuid';
import { audienceMemberPage } from '../data/audiences-store';
import type { OffersDb } from '../data/prisma';

const request = z.object({
  companyId: z.string().regex(UUID),
  audienceId: z.string().regex(UUID),
  after: z.string().regex(UUID).nullable(),
  limit: z.number().int().min(1).max(AUDIENCE_MEMBERS_PAGE),
});

/** The internal `audience-members` call (infra/internal/offers-queries.ts): an audience's members for a mailing. */
export function createAudienceMembersRoute(db: OffersDb) {
  return {
    [AUDIENCE_MEMBERS_ROUTE]: async (body: unknown): Promise<AudienceMembersAnswer> => {
      const parsed = request.safeParse(body);
      if (!parsed.success) throw new HttpError(400, 'BAD_REQUEST', 'an audience-members request names a company, an audience and a page');
      const memberIds = await audienceMemberPage(db, parsed.data);
      return memberIds ? { found: true, memberIds } : { found: false };
    },
  };
}
