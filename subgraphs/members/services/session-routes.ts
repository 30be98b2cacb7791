import { z } from 'zod';
import { REVOKED_SESSIONS_ROUTE, type RevokedSessionsAnswer, SESSION_STATUS_ROUTE, type SessionStatusAnswer } from '../../../infra/auth/session-routes';
import { HttpError } from '../../../infra/http/graphql-http-server';
import type { MembersDb } from '../data/prisma';
import { liveSessions, sessionsRevokedSince } from '../data/sessions-store';

const statusRequest = z.object({ sessionIds: z.array(z.uuid()).min(1).max(100) });
const revokedRequest = z.object({ since: z.iso.datetime({ offset: true }).nullable() });

/** The internal routes the gateway asks about sessions (infra/auth/session-routes.ts). */
export function createSessionRoutes(db: MembersDb) {
  return {
    [SESSION_STATUS_ROUTE]: async (body: unknown): Promise<SessionStatusAnswer> => {
      const parsed = statusRequest.safeParse(body);
      if (!parsed.success) throw new HttpError(400, 'BAD_REQUEST', 'a session-status request names 1 to 100 session ids');
      return { live: await liveSessions(db, parsed.data.sessionIds) };
    },
    [REVOKED_SESSIONS_ROUTE]: async (body: unknown): Promise<RevokedSessionsAnswer> => {
      const parsed = revokedRequest.safeParse(body);
      if (!parsed.success) throw new HttpError(400, 'BAD_REQUEST', 'a revoked-sessions request gives since (a date-time or null)');
      const { until, ids } = await sessionsRevokedSince(db, parsed.data.since ? new Date(parsed.data.since) : null);
      return { until: until.toISOString(), sessionIds: ids };
    },
  };
}
