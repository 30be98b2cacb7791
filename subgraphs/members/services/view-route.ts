import { z } from 'zod';
import { HttpError } from '../../../infra/http/graphql-http-server';
import type { MemberViewRequest } from '../../../infra/views/member-views';
import type { MembersDb } from '../data/prisma';
import { viewOf } from '../data/views-store';

const uuid = z.string().uuid();
const viewRequest = z.union([
  z.object({ companyId: uuid, cardNumber: z.string().min(1).max(64) }),
  z.object({ companyId: uuid, memberId: uuid }),
  z.object({ companyId: uuid, phone: z.string().min(1).max(32) }),
]);

/**
 * The internal `member-view` call: a subgraph whose view misses a member or card (the ledger, when a
 * terminal names a card registered a moment ago) asks for its snapshot here.
 */
export function createViewRoute(db: MembersDb, phoneKeySecret: string) {
  return async (body: unknown) => {
    const parsed = viewRequest.safeParse(body);
    if (!parsed.success) throw new HttpError(400, 'BAD_REQUEST', 'a member-view request names a company and a card, member or phone');
    return viewOf(db, phoneKeySecret, parsed.data as MemberViewRequest);
  };
}
