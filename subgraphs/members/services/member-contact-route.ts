import { z } from 'zod';
import { HttpError } from '../../../infra/http/graphql-http-server';
import { MEMBER_CONTACT_ROUTE, type MemberContact } from '../../../infra/views/member-contact';
import type { MembersDb } from '../data/prisma';

const contactRequest = z.union([
  z.object({ companyId: z.uuid(), memberId: z.uuid() }),
  z.object({ companyId: z.uuid(), phone: z.string().regex(/^\+\d{6,15}$/) }),
]);

/** The internal `member-contact` call (infra/views/member-contact.ts): where and how the communications subgraph reaches a member. */
export function createMemberContactRoute(db: MembersDb) {
  return {
    [MEMBER_CONTACT_ROUTE]: async (body: unknown): Promise<MemberContact> => {
      const parsed = contactRequest.safeParse(body);
      if (!parsed.success) throw new HttpError(400, 'BAD_REQUEST', 'a member-contact request names a company and a member or a phone');
      const request = parsed.data;
      const member = await db.member.findFirst({
        where: { companyId: request.companyId, state: { not: 'DELETED' }, ...('memberId' in request ? { id: request.memberId } : { phone: request.phone }) },
        select: {
          id: true,
          phone: true,
          email: true,
          firstName: true,
          language: true,
          timeZone: true,
          eReceiptConsent: true,
          company: { select: { timeZone: true, name: true, posCurrency: true } },
          marketingConsents: { where: { granted: true }, select: { channel: true }, orderBy: { channel: 'asc' } },
        },
      });
      if (!member) return { found: false };
      return {
        found: true,
        memberId: member.id,
        phone: member.phone,
        email: member.email,
        firstName: member.firstName,
        language: member.language,
        timeZone: member.timeZone ?? member.company.timeZone,
        marketingConsents: member.marketingConsents.map((row) => row.channel),
        eReceiptConsent: member.eReceiptConsent,
        companyName: member.company.name,
        currency: member.company.posCurrency,
      };
    },
  };
}
