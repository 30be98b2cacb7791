import { randomUUID } from 'node:crypto';
import { requireOperator } from '../../../infra/auth/access';
import type { Identity, OperatorRole } from '../../../infra/auth/identity';
import { isUniqueViolation } from '../../../infra/db/sql-state';
import { runTransaction } from '../../../infra/db/transaction';
import { BusinessError } from '../../../infra/errors/business-error';
import { advanceBulkJob, type BulkJobRow, claimBulkJob, completeBulkJob, createBulkJob, findBulkJobByKey } from '../data/bulk-jobs-store';
import type { LedgerDb } from '../data/prisma';
import { LedgerError } from '../domain/errors';
import { amount } from '../domain/money';
import type { LedgerDeps } from './deps';
import { requestHash } from './idempotency';
import type { ManualActor } from './ledger-service';
import { rebuildCheckpoints } from './ledger-writer';

/** A row of a job as stored (JSON): dates and amounts as strings. */
export interface StoredBulkRow {
  /** Position in the request (from 0). */
  index: number;
  externalId?: string;
  memberId?: string | null;
  cardNumber?: string | null;
  phone?: string | null;
  currency?: string | null;
  kind: 'ACCRUAL' | 'PAYMENT' | 'DEDUCTION';
  amount: string;
  effectiveAt?: string | null;
  activatesAt?: string | null;
  expiresAt?: string | null;
  reason?: string | null;
}

/** How a row of a job becomes an operation, inside the transaction that moves the job's cursor. */
export type RowApplier = (tx: LedgerDb, actor: ManualActor, row: StoredBulkRow, now: Date) => Promise<{ accountId: string } | 'SKIPPED'>;

/** Requests up to this many rows are run before the call answers (it comes back COMPLETED). */
const RUN_INLINE_UP_TO = 100;
const LEASE_MS = 30_000;
const POLL_MS = 2_000;

class JobTakenOver extends Error {}

/**
 * Bulk requests run as jobs: submitted once per idempotency key of their caller (a retry gets the
 * same job), applied row by row, each row in the transaction that moves the job's cursor, so that a
 * job resumed after a crash (by this process or another: jobs are leased) applies every row exactly
 * once. Small requests run before the call answers; larger ones in the background, with progress.
 */
export function createBulkJobs(deps: LedgerDeps, appliers: Record<BulkJobRow['kind'], RowApplier>) {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;

  function actorOf(job: BulkJobRow): ManualActor {
    return { kind: 'operator', operatorId: job.callerId, companyId: job.companyId, role: job.callerRole as OperatorRole };
  }

  /** Runs a claimed job from its cursor to the end; stops when another runner took it over. */
  async function process(job: BulkJobRow): Promise<void> {
    const rows = job.rows as unknown as StoredBulkRow[];
    const actor = actorOf(job);
    for (let at = job.processed; at < job.total; at++) {
      const row = rows[at] as StoredBulkRow;
      const leaseUntil = new Date(deps.clock.now().getTime() + LEASE_MS);
      const advance = async (tx: LedgerDb, outcome: Parameters<typeof advanceBulkJob>[3]) => {
        if (!(await advanceBulkJob(tx, job.id, at, outcome))) throw new JobTakenOver();
      };
      try {
        await runTransaction(deps, async (tx) => {
          const result = await appliers[job.kind](tx, actor, row, deps.clock.now());
          await advance(
            tx,
            result === 'SKIPPED' ? { skipped: row.externalId ?? row.memberId ?? '', leaseUntil } : { applied: true, accountId: result.accountId, leaseUntil },
          );
        });
      } catch (error) {
        if (error instanceof JobTakenOver) return;
        const outcome = isUniqueViolation(error)
          ? { skipped: row.externalId ?? row.memberId ?? '', leaseUntil }
          : error instanceof BusinessError
            ? {
                rejected: {
                  row: row.index,
                  externalId: row.externalId ?? null,
                  memberId: row.memberId ?? null,
                  code: error.code,
                  message: error.message,
                  field: error.field,
                },
                leaseUntil,
              }
            : null;
        // Anything else (the database gone, say) stops the run; the job resumes from its cursor later.
        if (!outcome) throw error;
        try {
          await runTransaction(deps, (tx) => advance(tx, outcome));
        } catch (lost) {
          if (lost instanceof JobTakenOver) return;
          throw lost;
        }
      }
    }
    // An imported history arrives out of time order with live writes; lay its checkpoints afresh.
    if (job.kind === 'IMPORT_OPERATIONS') {
      const done = await deps.db.bulkJob.findUniqueOrThrow({ where: { id: job.id }, select: { touched: true } });
      for (const accountId of done.touched) await runTransaction(deps, (tx) => rebuildCheckpoints(tx, accountId, deps.clock.now()), { timeoutMs: 120_000 });
    }
    await completeBulkJob(deps.db, job.id, deps.clock.now());
  }

  /** Claims and runs waiting jobs until none is left to take. */
  async function drain(): Promise<void> {
    for (;;) {
      const id = await claimBulkJob(deps.db, deps.clock.now(), LEASE_MS);
      if (!id) return;
      await process(await deps.db.bulkJob.findUniqueOrThrow({ where: { id } }));
    }
  }

  function kick(): Promise<void> {
    running ??= drain()
      .catch((error) => deps.logger.error({ err: error }, 'bulk job run failed; it resumes from its cursor'))
      .finally(() => {
        running = null;
      });
    return running;
  }

  return {
    /**
     * Submits a job, once per idempotency key of the caller: the same key with the same request
     * answers with the same job, with another request IDEMPOTENCY_CONFLICT. Answers with its id.
     */
    async submit(
      identity: Identity,
      roles: OperatorRole[],
      request: { kind: BulkJobRow['kind']; key: string | null; fingerprint: unknown; rows: StoredBulkRow[] },
    ): Promise<string> {
      const operator = requireOperator(identity, roles);
      const hash = requestHash(request.kind, request.fingerprint);
      const key = (request.key ?? hash).trim();
      if (!key || key.length > 128) throw new LedgerError('INVALID_INPUT', 'idempotencyKey: 1 to 128 characters', 'idempotencyKey');
      const existing = async () => {
        const found = await findBulkJobByKey(deps.db, operator.operatorId, key);
        if (found && found.requestHash !== hash)
          throw new LedgerError('IDEMPOTENCY_CONFLICT', 'This idempotency key was used for a different request', 'idempotencyKey');
        return found?.id ?? null;
      };
      const before = await existing();
      if (before) return before;
      const id = randomUUID();
      const now = deps.clock.now();
      // A request run inline is created already leased to this call, so that the background runner
      // cannot take it first (the call would then answer before its rows were applied); should this
      // process die, the lease runs out and the job resumes elsewhere.
      const inline = request.rows.length <= RUN_INLINE_UP_TO;
      let created: BulkJobRow;
      try {
        created = await createBulkJob(deps.db, {
          id,
          companyId: operator.companyId,
          callerId: operator.operatorId,
          callerRole: operator.role,
          key,
          requestHash: hash,
          kind: request.kind,
          state: inline ? 'RUNNING' : 'QUEUED',
          leaseUntil: inline ? new Date(now.getTime() + LEASE_MS) : null,
          startedAt: inline ? now : null,
          rows: request.rows as unknown as object,
          total: request.rows.length,
          createdAt: now,
        });
      } catch (error) {
        const raced = isUniqueViolation(error) ? await existing() : null;
        if (raced) return raced;
        throw error;
      }
      if (inline) await process(created);
      else void kick();
      return id;
    },

    /** Runs waiting jobs in the background, and those a crashed runner left, every few seconds. */
    start(): void {
      timer = setInterval(() => void kick(), POLL_MS);
      timer.unref();
      void kick();
    },

    async stop(): Promise<void> {
      if (timer) clearInterval(timer);
      await running;
    },

    /** Runs what is waiting now (tests, and the periodic runner). */
    runWaiting: kick,
  };
}

/** Dates and amounts of a stored row, back to their types. */
export function rowValues(row: StoredBulkRow) {
  const date = (value: string | null | undefined) => (value ? new Date(value) : null);
  return { amount: amount(row.amount), effectiveAt: date(row.effectiveAt), activatesAt: date(row.activatesAt), expiresAt: date(row.expiresAt) };
}
