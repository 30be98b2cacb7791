import { REVOKED_SESSIONS_ROUTE, type RevokedSessionsAnswer, SESSION_STATUS_ROUTE, type SessionStatusAnswer } from '../infra/auth/session-routes';
import { ACCESS_TOKEN_TTL_SECONDS } from '../infra/auth/tokens';
import { callInternal, internalUrl } from '../infra/internal/internal-call';
import type { Logger } from '../infra/logging/logger';

export interface SessionGuard {
  /** Whether the session a token names still stands; throws when the members subgraph cannot say. */
  isLive(sessionId: string): Promise<boolean>;
  stop(): void;
}

export interface SessionGuardOptions {
  membersUrl: string;
  secret: string;
  logger: Logger;
  /** How often the revocation feed is read: a revocation takes effect within this (and one call). */
  pollMs?: number;
}

/** Revocations are read back with this overlap, so one committed just after a read is not missed. */
const FEED_OVERLAP_MS = 10_000;
/** Without a fresh read of the feed, what is cached as live is not trusted: every check asks. */
const FEED_STALE_MS = 3_000;
const CALL_TIMEOUT_MS = 2_000;

/**
 * The gateway's view of which sessions stand, so that a revoked token (sign-out, password change,
 * block, opt-out) stops working within a second without asking the members subgraph on every
 * request. A session is asked about once, then kept as live for the life of an access token;
 * the revocation feed, read every `pollMs`, turns kept sessions dead. A dead session stays dead.
 * When the feed cannot be read, nothing cached as live is trusted: each request asks.
 */
export function startSessionGuard(options: SessionGuardOptions): SessionGuard {
  const pollMs = options.pollMs ?? 500;
  const statusUrl = internalUrl(options.membersUrl, SESSION_STATUS_ROUTE);
  const feedUrl = internalUrl(options.membersUrl, REVOKED_SESSIONS_ROUTE);
  const known = new Map<string, { live: boolean; keepUntil: number }>();
  const asking = new Map<string, Promise<boolean>>();
  let since: string | null = null;
  let feedReadAt = 0;
  let feedFailing = false;
  let reading = false;

  const keep = (sessionId: string, live: boolean) => {
    // A revocation seen in the feed is final; a status answer racing it must not bring the session back.
    if (known.get(sessionId)?.live === false) return;
    known.set(sessionId, { live, keepUntil: Date.now() + ACCESS_TOKEN_TTL_SECONDS * 1000 });
  };

  async function readFeed(): Promise<void> {
    if (reading) return;
    reading = true;
    try {
      const answer = await callInternal<RevokedSessionsAnswer>(feedUrl, { since }, options.secret, CALL_TIMEOUT_MS);
      for (const sessionId of answer.sessionIds) {
        known.set(sessionId, { live: false, keepUntil: Date.now() + ACCESS_TOKEN_TTL_SECONDS * 1000 });
      }
      since = new Date(Date.parse(answer.until) - FEED_OVERLAP_MS).toISOString();
      feedReadAt = Date.now();
      if (feedFailing) options.logger.info('session revocation feed readable again');
      feedFailing = false;
      const now = Date.now();
      for (const [sessionId, entry] of known) if (entry.keepUntil < now) known.delete(sessionId);
    } catch (error) {
      if (!feedFailing) options.logger.warn({ err: error }, 'session revocation feed unreadable; checking every session with the members subgraph');
      feedFailing = true;
    } finally {
      reading = false;
    }
  }

  async function ask(sessionId: string): Promise<boolean> {
    const answer = await callInternal<SessionStatusAnswer>(statusUrl, { sessionIds: [sessionId] }, options.secret, CALL_TIMEOUT_MS);
    keep(sessionId, answer.live.includes(sessionId));
    return known.get(sessionId)?.live ?? false;
  }

  void readFeed();
  const timer = setInterval(() => void readFeed(), pollMs);
  timer.unref();

  return {
    async isLive(sessionId) {
      const entry = known.get(sessionId);
      if (entry && entry.keepUntil > Date.now() && (!entry.live || Date.now() - feedReadAt < FEED_STALE_MS)) return entry.live;
      let pending = asking.get(sessionId);
      if (!pending) {
        pending = ask(sessionId).finally(() => asking.delete(sessionId));
        asking.set(sessionId, pending);
      }
      return pending;
    },
    stop() {
      clearInterval(timer);
    },
  };
}
