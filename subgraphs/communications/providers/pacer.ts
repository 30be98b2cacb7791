/** A send would wait longer for its turn than it may (its claim would run out meanwhile): it is put back, not sent. */
export class PacerBacklog extends Error {
  constructor(readonly waitMs: number) {
    super(`The provider's rate has ${Math.round(waitMs)} ms of sends ahead of it`);
  }
}

/** How far behind a late timer lets the turns it missed go at once. */
const CATCH_UP_MS = 2;

/**
 * Keeps sends through one provider to its agreed rate: turns 1/rate seconds apart, handed out in
 * order, urgent sends (codes) ahead of all others waiting, so a mailing filling the provider's
 * rate never holds a code back by more than one turn. A send that is not urgent and would wait more
 * than `maxWaitMs` is refused at once (PacerBacklog), so a claimed message never waits past its
 * lease. Per process: instances sharing a provider each keep the rate (configure ratePerSecond for
 * the provider's limit divided by the instances).
 */
export function createPacer(ratePerSecond: number, maxWaitMs = Number.POSITIVE_INFINITY) {
  const spacingMs = 1000 / Math.max(ratePerSecond, 0.001);
  const waiting = { urgent: [] as Array<() => void>, other: [] as Array<() => void> };
  let nextTurn = 0;
  let timer: NodeJS.Timeout | null = null;

  function handOut(): void {
    timer = null;
    const now = performance.now();
    // Every turn due by now: a timer fires late and the turns it missed go together, but after a
    // quiet spell no more than CATCH_UP_MS of turns do (no burst of everything the quiet saved up).
    while (nextTurn <= now && (waiting.urgent.length > 0 || waiting.other.length > 0)) {
      const go = waiting.urgent.shift() ?? waiting.other.shift();
      nextTurn = Math.max(nextTurn, now - CATCH_UP_MS) + spacingMs;
      go?.();
    }
    if (waiting.urgent.length > 0 || waiting.other.length > 0) timer = setTimeout(handOut, Math.max(0, nextTurn - now));
  }

  return function pace(urgent = false): Promise<void> {
    if (!urgent) {
      const ahead = waiting.urgent.length + waiting.other.length;
      const waitMs = Math.max(0, nextTurn - performance.now()) + ahead * spacingMs;
      if (waitMs > maxWaitMs) return Promise.reject(new PacerBacklog(waitMs));
    }
    return new Promise<void>((resolve) => {
      (urgent ? waiting.urgent : waiting.other).push(resolve);
      if (!timer) handOut();
    });
  };
}
