/**
 * The span a loyalty program's bonus operations may be dated in, shared by the members subgraph
 * (which owns each company's history start) and the ledger (which enforces it). Before the history
 * start nothing counts; after HISTORY_END nothing is planned (expiries included).
 */
export const DEFAULT_HISTORY_START = new Date('2000-01-01T00:00:00Z');
/** How far back an administrator may move the start, to migrate an old program. */
export const EARLIEST_HISTORY_START = new Date('1900-01-01T00:00:00Z');
export const HISTORY_END = new Date('2100-01-01T00:00:00Z');

/**
 * The internal call through which the members subgraph, which owns the setting, has the ledger move
 * a company's history start before it commits it. The ledger decides, in one transaction that locks
 * the company's row against the operations being dated: it refuses a start after the earliest
 * operation (nothing may be dated before the start), and otherwise enforces the new start at once,
 * so no operation can slip in before it between the check and the setting.
 */
export const MOVE_HISTORY_START_ROUTE = 'move-history-start';
export interface MoveHistoryStartRequest {
  companyId: string;
  historyStartsAt: string;
}
export interface MoveHistoryStartAnswer {
  moved: boolean;
  /** When not moved: the effective date of the company's earliest operation. */
  earliestAt: string | null;
}

/** Why a company's history start cannot be `start`, or null when it can. */
export function historyStartProblem(start: Date, now: Date): string | null {
  if (start < EARLIEST_HISTORY_START) return `The history cannot start before ${EARLIEST_HISTORY_START.toISOString().slice(0, 10)}`;
  if (start > now) return 'The history cannot start in the future';
  return null;
}

/** Why `at` is outside the company's history (from `historyStart` up to HISTORY_END), or null. */
export function outsideHistory(at: Date, historyStart: Date): string | null {
  if (at < historyStart) return `Dates before the program's history start (${historyStart.toISOString()}) are not accepted`;
  if (at >= HISTORY_END) return `Dates from ${HISTORY_END.toISOString().slice(0, 10)} on are not accepted`;
  return null;
}
