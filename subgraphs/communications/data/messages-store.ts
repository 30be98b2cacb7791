import type pg from 'pg';
import { notDeliveredStatus } from '../domain/delivery-status';
import type { InboxCopy } from '../domain/inbox';
import type { MailingMessage } from '../domain/mailing-recipients';
import type { Channel, CommunicationsDb, Message, Prisma } from './prisma';

export interface NewMessage {
  id: string;
  companyId: string;
  memberId: string | null;
  channel: Channel;
  kind: string;
  destination: string;
  variables: Record<string, string>;
  urgent: boolean;
  /** A push: the app installation it goes to. */
  deviceId?: string | null;
  /** Held until then (quiet hours); due at once when omitted. */
  notBefore?: Date;
}

/*
 * Every message passes through queueMessages, claimDueMessages and markSent: they are plain SQL
 * through `pg` (deps.sql), a statement each, without Prisma's client work per call (about a
 * millisecond of CPU, measured, which at tens of codes a second was most of this subgraph's time).
 */

/** The statements, by name: checked against the migrated schema by tests/hand-written-sql.test.ts. */
export const MESSAGE_STATEMENTS = {
  queueMessages: `INSERT INTO messages (id, company_id, member_id, channel, kind, destination, variables, urgent, device_id, next_attempt_at, provider_message_ids)
     SELECT id, company_id, member_id, channel::"Channel", kind, destination, variables, urgent, device_id, coalesce(not_before, now()), '{}'
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::jsonb[], $8::boolean[], $9::uuid[], $10::timestamptz[])
         AS given(id, company_id, member_id, channel, kind, destination, variables, urgent, device_id, not_before)
     ON CONFLICT (id) DO NOTHING`,
  // The candidates: the next event messages, and the next messages of each running mailing (a paused
  // one's wait), each read in index order; then the first of them no other instance holds, codes first.
  // A few times the limit are read, so that what other instances hold leaves enough to take.
  claimDueMessages: `UPDATE messages m SET attempts = m.attempts + 1, next_attempt_at = $1
       FROM (SELECT id FROM messages
              WHERE status = 'QUEUED' AND next_attempt_at <= $2
                AND id = ANY(ARRAY(
                  (SELECT id FROM messages WHERE mailing_id IS NULL AND status = 'QUEUED' AND next_attempt_at <= $2
                    ORDER BY urgent DESC, next_attempt_at LIMIT $4)
                  UNION ALL
                  (SELECT next.id FROM mailings g CROSS JOIN LATERAL (
                      SELECT id FROM messages WHERE mailing_id = g.id AND status = 'QUEUED' AND next_attempt_at <= $2
                       ORDER BY urgent DESC, next_attempt_at LIMIT $4) next
                    WHERE g.state = 'RUNNING')))
              ORDER BY urgent DESC, next_attempt_at LIMIT $3 FOR UPDATE SKIP LOCKED) due
      WHERE m.id = due.id
     RETURNING m.id, m.company_id AS "companyId", m.member_id AS "memberId", m.channel::text AS channel, m.kind,
       m.destination, m.variables, m.urgent, m.attempts, m.device_id AS "deviceId", m.mailing_id AS "mailingId"`,
  // A final status stays; a mailing's message the network could not reach is UNDELIVERABLE, an event message's FAILED.
  recordDeliveryReports: `WITH reported AS (
       SELECT * FROM unnest($2::text[], $3::boolean[], $4::text[], $5::text[]) AS r(provider_message_id, delivered, not_delivered, reason)),
     matched AS MATERIALIZED (
       SELECT r.*, m.id FROM reported r
         JOIN provider_message_refs ref ON ref.provider_id = $1::uuid AND ref.provider_message_id = r.provider_message_id
         JOIN messages m ON m.id = ref.message_id
        WHERE m.status IN ('SENT', 'DELIVERED', 'FAILED', 'UNDELIVERABLE')),
     updated AS (
       UPDATE messages m SET
         status = CASE WHEN m.status <> 'SENT' THEN m.status WHEN f.delivered THEN 'DELIVERED'::"MessageStatus"
                       WHEN m.mailing_id IS NOT NULL THEN f.not_delivered::"MessageStatus" ELSE 'FAILED'::"MessageStatus" END,
         delivered_at = CASE WHEN m.status = 'SENT' AND f.delivered THEN now() ELSE m.delivered_at END,
         last_error = CASE WHEN m.status = 'SENT' AND NOT f.delivered THEN f.reason ELSE m.last_error END
        FROM (SELECT DISTINCT ON (id) * FROM matched ORDER BY id) f WHERE m.id = f.id)
     SELECT provider_message_id FROM matched`,
  mailingRunning: `SELECT state = 'RUNNING' AS running FROM mailings WHERE id = $1::uuid`,
  // A mailing's messages: those it sends, and those of its recipients it cannot (with the status and reason).
  queueMailingMessages: `INSERT INTO messages (id, company_id, member_id, channel, kind, destination, variables, urgent, device_id, next_attempt_at,
       provider_message_ids, mailing_id, status, last_error)
     SELECT id, $2::uuid, member_id, $3::"Channel", 'mailing', destination, variables, false, device_id, coalesce(not_before, now()), '{}', $1::uuid,
            status::"MessageStatus", last_error
       FROM unnest($4::uuid[], $5::uuid[], $6::text[], $7::jsonb[], $8::uuid[], $9::timestamptz[], $10::text[], $11::text[])
         AS given(id, member_id, destination, variables, device_id, not_before, status, last_error)
      -- Only while it runs; the share lock orders this against a cancel, whose cancelling of what is queued then sees these.
      WHERE EXISTS (SELECT 1 FROM mailings g WHERE g.id = $1::uuid AND g.state = 'RUNNING' FOR SHARE)
     ON CONFLICT (id) DO NOTHING`,
  // From now on next_attempt_at is when its status may be asked for (providers that are polled): at once.
  // Several at once (delivery gathers what went out in one turn of the event loop), with the
  // provider's ids for each, which its delivery reports name.
  markSent: `WITH sent AS (
       UPDATE messages m SET status = 'SENT', provider_id = s.provider_id,
              provider_message_ids = ARRAY(SELECT jsonb_array_elements_text(s.provider_message_ids)), sent_at = s.sent_at,
              next_attempt_at = s.sent_at, last_error = NULL, variables = s.variables, destination = s.destination, subject = s.subject, text = s.text
         FROM unnest($1::uuid[], $2::uuid[], $3::jsonb[], $4::timestamptz[], $5::jsonb[], $6::text[], $7::text[], $8::text[])
           AS s(id, provider_id, provider_message_ids, sent_at, variables, destination, subject, text)
        WHERE m.id = s.id
       RETURNING m.id, m.provider_id, m.provider_message_ids)
     INSERT INTO provider_message_refs (provider_id, provider_message_id, message_id)
     SELECT provider_id, unnest(provider_message_ids), id FROM sent WHERE provider_id IS NOT NULL
     ON CONFLICT DO NOTHING`,
};

/** Queues messages; one whose id is already there (its cause delivered again) is left as it is. */
export async function queueMessages(sql: pg.Pool, messages: NewMessage[]): Promise<void> {
  if (messages.length === 0) return;
  const column = <T>(pick: (message: NewMessage) => T) => messages.map(pick);
  await sql.query(MESSAGE_STATEMENTS.queueMessages, [
    column((m) => m.id),
    column((m) => m.companyId),
    column((m) => m.memberId),
    column((m) => m.channel),
    column((m) => m.kind),
    column((m) => m.destination),
    column((m) => JSON.stringify(m.variables)),
    column((m) => m.urgent),
    column((m) => m.deviceId ?? null),
    column((m) => m.notBefore ?? null),
  ]);
}

/** Queues a page of a mailing's messages; those already there (the page listed again after a restart) are left as they are. */
export async function queueMailingMessages(sql: pg.Pool, mailing: { id: string; companyId: string; channel: Channel }, messages: MailingMessage[]) {
  if (messages.length === 0) return;
  const column = <T>(pick: (message: MailingMessage) => T) => messages.map(pick);
  await sql.query(MESSAGE_STATEMENTS.queueMailingMessages, [
    mailing.id,
    mailing.companyId,
    mailing.channel,
    column((m) => m.id),
    column((m) => m.memberId),
    column((m) => m.destination),
    column((m) => JSON.stringify(m.variables)),
    column((m) => m.deviceId),
    column((m) => m.notBefore),
    column((m) => m.status),
    column((m) => m.reason),
  ]);
}

/** Whether a mailing is running (its messages may go): asked before each of its sends. */
export async function isMailingRunning(sql: pg.Pool, mailingId: string): Promise<boolean> {
  const { rows } = await sql.query<{ running: boolean }>({ name: 'mailing_running', text: MESSAGE_STATEMENTS.mailingRunning, values: [mailingId] });
  return rows[0]?.running === true;
}

/** What delivery needs of a claimed message. */
export type ClaimedMessage = Pick<
  Message,
  'id' | 'companyId' | 'memberId' | 'channel' | 'kind' | 'destination' | 'variables' | 'urgent' | 'attempts' | 'deviceId' | 'mailingId'
>;

/**
 * Claims up to `limit` queued messages that are due, urgent ones first, for `leaseMs`: their next
 * attempt moves past the lease and their attempts count up, so another instance skips them, and a
 * process that dies mid-send leaves them to be tried again once the lease is over.
 */
export async function claimDueMessages(sql: pg.Pool, now: Date, limit: number, leaseMs: number): Promise<ClaimedMessage[]> {
  const { rows } = await sql.query<ClaimedMessage>(MESSAGE_STATEMENTS.claimDueMessages, [new Date(now.getTime() + leaseMs), now, limit, limit * 4]);
  return rows;
}

/** A message that went out: what it keeps from now on (a code's message drops the code and most of the destination), and the member's copy of what it said. */
export interface SentRecord {
  id: string;
  providerId: string | null;
  providerMessageIds: string[];
  at: Date;
  keep: { variables: Prisma.InputJsonValue; destination: string };
  inbox: InboxCopy | null;
}

/** Records messages that went out, in one statement. */
export async function markSent(sql: pg.Pool, sent: SentRecord[]): Promise<void> {
  const column = <T>(pick: (record: SentRecord) => T) => sent.map(pick);
  await sql.query(MESSAGE_STATEMENTS.markSent, [
    column((r) => r.id),
    column((r) => r.providerId),
    column((r) => JSON.stringify(r.providerMessageIds)),
    column((r) => r.at),
    column((r) => JSON.stringify(r.keep.variables)),
    column((r) => r.keep.destination),
    column((r) => r.inbox?.subject ?? null),
    column((r) => r.inbox?.text ?? null),
  ]);
}

/**
 * A claimed message that did not go (its mailing was paused meanwhile, or its provider's rate had
 * no turn for it within its lease) is due again at `at`; it was no attempt.
 */
export async function releaseMessage(db: CommunicationsDb, id: string, at: Date): Promise<void> {
  await db.message.updateMany({ where: { id, status: 'QUEUED' }, data: { nextAttemptAt: at, attempts: { decrement: 1 } } });
}

/** An attempt failed but may work later. */
export async function markForRetry(db: CommunicationsDb, id: string, error: string, nextAttemptAt: Date): Promise<void> {
  await db.message.update({ where: { id }, data: { lastError: error, nextAttemptAt } });
}

/** Given up on, with the reason; what it carried of a code is dropped. */
export async function markFailed(
  db: CommunicationsDb,
  id: string,
  error: string,
  keep: { variables: Prisma.InputJsonValue; destination: string },
): Promise<void> {
  await db.message.update({ where: { id }, data: { status: 'FAILED', lastError: error, ...keep } });
}

/** A provider's later word on a message it took, found by the provider's id for it (any part's, for a long SMS). */
export interface DeliveryReportRecord {
  providerMessageId: string;
  delivered: boolean;
  /** The provider's own status word, kept as the reason when it was not delivered. */
  status: string;
}

/**
 * Records what a provider later reported of messages it took: delivered, or not (a mailing's
 * message the network could not reach UNDELIVERABLE, anything else FAILED, with the provider's
 * word). Either is final: a report arriving late or twice finds its message (it counts) but changes
 * nothing. Answers, per report, whether it named a message sent through this provider.
 */
export async function recordDeliveryReports(sql: pg.Pool, providerId: string, reports: DeliveryReportRecord[]): Promise<boolean[]> {
  const { rows } = await sql.query<{ provider_message_id: string }>(MESSAGE_STATEMENTS.recordDeliveryReports, [
    providerId,
    reports.map((r) => r.providerMessageId),
    reports.map((r) => r.delivered),
    reports.map((r) => notDeliveredStatus(r.status)),
    reports.map((r) => `The provider reported ${r.status}`),
  ]);
  const matched = new Set(rows.map((row) => row.provider_message_id));
  return reports.map((r) => matched.has(r.providerMessageId));
}

/**
 * Messages sent through a provider that wait for a final status, for a poller to ask about: up to
 * `limit`, sent in the last three days, each not asked about for `againInMs` since (for a sent message
 * `next_attempt_at` is when its status may next be asked). Answers their provider ids, one per message.
 */
export async function offerMessagesAwaitingReport(db: CommunicationsDb, providerId: string, now: Date, limit: number, againInMs: number): Promise<string[]> {
  const rows = await db.$queryRaw<Array<{ id: string }>>`
    UPDATE messages m SET next_attempt_at = ${new Date(now.getTime() + againInMs)}
      FROM (SELECT id FROM messages
             WHERE provider_id = ${providerId}::uuid AND status = 'SENT' AND next_attempt_at <= ${now}
               AND sent_at > ${new Date(now.getTime() - 3 * 86_400_000)} AND cardinality(provider_message_ids) > 0
             ORDER BY next_attempt_at LIMIT ${limit} FOR UPDATE SKIP LOCKED) due
     WHERE m.id = due.id
    RETURNING m.provider_message_ids[1] AS id`;
  return rows.map((row) => row.id);
}

export interface MessageFilter {
  memberId?: string | null;
  kind?: string | null;
  status?: Message['status'] | null;
  channel?: Channel | null;
  /** Only these kinds (a role that sees some kinds only); null: all. */
  kinds?: string[] | null;
}

/** A company's messages, newest first. */
export function listMessages(db: CommunicationsDb, companyId: string, filter: MessageFilter, first: number): Promise<Message[]> {
  const kinds = filter.kinds ? { in: filter.kind ? filter.kinds.filter((k) => k === filter.kind) : filter.kinds } : (filter.kind ?? undefined);
  return db.message.findMany({
    where: {
      companyId,
      ...(filter.memberId ? { memberId: filter.memberId } : {}),
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.channel ? { channel: filter.channel } : {}),
      ...(kinds !== undefined ? { kind: kinds } : {}),
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: first,
  });
}
