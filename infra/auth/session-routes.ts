/**
 * The internal calls the gateway makes to the members subgraph, which owns sessions, to learn
 * whether a token's session still stands (see gateway/session-guard.ts).
 */

/** `{ sessionIds: string[] }` → `{ live: string[] }`: which of these sessions are not revoked. */
export const SESSION_STATUS_ROUTE = 'session-status';

/**
 * `{ since: string | null }` → `{ until: string, sessionIds: string[] }`: sessions revoked at or after
 * `since`, by the database's clock, and that clock's time of the answer (null `since`: none, just the time).
 */
export const REVOKED_SESSIONS_ROUTE = 'revoked-sessions';

export interface SessionStatusAnswer {
  live: string[];
}

export interface RevokedSessionsAnswer {
  until: string;
  sessionIds: string[];
}
