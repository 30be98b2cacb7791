import type pg from 'pg';
import { z } from 'zod';
import { HttpError } from '../../../infra/http/graphql-http-server';
import { MEMBER_CONTACT_ROUTE, type MemberContact } from '../../../infra/views/member-contact';
import { findMemberContact } from '../data/member-contact-store';

const contactRequest = z.union([
  z.object({ companyId: z.uuid(), memberId: z.uuid() }),
  z.object({ companyId: z.uuid(), phone: z.string().regex(/^\+\d{6,15}$/) }),
]);

/** The internal `member-contact` call (infra/views/member-contact.ts): where and how the communications subgraph reaches a member. */
export function createMemberContactRoute(sql: pg.Pool) {
  return {
    [MEMBER_CONTACT_ROUTE]: async (body: unknown): Promise<MemberContact> => {
      const parsed = contactRequest.safeParse(body);
      if (!parsed.success) throw new HttpError(400, 'BAD_REQUEST', 'a member-contact request names a company and a member or a phone');
      return findMemberContact(sql, parsed.data);
    },
  };
}
