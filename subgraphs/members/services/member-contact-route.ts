import type pg from 'pg';
import { z } from 'zod';
import { HttpError } from '../../../infra/http/graphql-http-server';
import { UUID } from '../../../infra/text/uuid';
import {
  MEMBER_CONTACT_ROUTE,
  MEMBER_CONTACTS_PAGE,
  MEMBER_CONTACTS_ROUTE,
  type MemberContact,
  type MemberContactsAnswer,
} from '../../../infra/views/member-contact';
import { findMemberContact, findMemberContacts } from '../data/member-contact-store';

const contactRequest = z.union([
  z.object({ companyId: z.string().regex(UUID), memberId: z.string().regex(UUID) }),
  z.object({ companyId: z.string().regex(UUID), phone: z.string().regex(/^\+\d{6,15}$/) }),
]);

const contactsRequest = z.union([
  z.object({ companyId: z.string().regex(UUID), memberIds: z.array(z.string().regex(UUID)).max(MEMBER_CONTACTS_PAGE) }),
  z.object({
    companyId: z.string().regex(UUID),
    consentTo: z.enum(['SMS', 'EMAIL', 'PUSH', 'VIBER', 'SOCIAL']),
    after: z.string().regex(UUID).nullable(),
    limit: z.number().int().min(1).max(MEMBER_CONTACTS_PAGE),
  }),
]);

/** The internal `member-contact` and `member-contacts` calls (infra/views/member-contact.ts): where and how the communications subgraph reaches members. */
export function createMemberContactRoute(sql: pg.Pool) {
  return {
    [MEMBER_CONTACT_ROUTE]: async (body: unknown): Promise<MemberContact> => {
      const parsed = contactRequest.safeParse(body);
      if (!parsed.success) throw new HttpError(400, 'BAD_REQUEST', 'a member-contact request names a company and a member or a phone');
      return findMemberContact(sql, parsed.data);
    },
    [MEMBER_CONTACTS_ROUTE]: async (body: unknown): Promise<MemberContactsAnswer> => {
      const parsed = contactsRequest.safeParse(body);
      if (!parsed.success) throw new HttpError(400, 'BAD_REQUEST', 'a member-contacts request names a company and members, or a channel and a page');
      return findMemberContacts(sql, parsed.data);
    },
  };
}
