import { z } from 'zod';
import { HttpError } from '../../../infra/http/graphql-http-server';
import { MEMBER_CONTACT_ROUTE, type MemberContact } from '../../../infra/views/member-contact';
import type { MembersDb } from '../data/prisma';

const contactRequest = z.object({ companyId: z.uuid(), memberId: z.uuid() });

/** The internal `member-contact` call (infra/views/member-contact.ts): where the communications subgraph reaches a member. */
export function createMemberContactRoute(db: MembersDb) {
  return {
    [MEMBER_CONTACT_ROUTE]: async (body: unknown): Promise<MemberContact> => {
      const parsed = contactRequest.safeParse(body);
      if (!parsed.success) throw new HttpError(400, 'BAD_REQUEST', 'a member-contact request names a company and a member');
      const member = await db.member.findFirst({
        where: { id: parsed.data.memberId, companyId: parsed.data.companyId, state: { not: 'DELETED' } },
        select: { phone: true, email: true },
      });
      return member ? { found: true, phone: member.phone, email: member.email } : { found: false, phone: null, email: null };
    },
  };
}
