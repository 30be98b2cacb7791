import { randomUUID } from 'node:crypto';
import { CalculatePurchaseDocument, ConfirmPurchaseDocument } from '../tests/e2e/__generated__/operations';
import type { Client } from './support';

/**
 * Simulated tills: each purchase is a calculation and its confirmation, every second one paying
 * 1.00 with bonuses. Closed loop (each terminal buys again as soon as it is answered: the most a
 * number of tills gets through) or open loop (purchases arrive at a set rate, whether or not the
 * earlier ones were answered: the latency a rate gets).
 */

const LINES = [
  { product: 'coffee', category: 'drinks', price: '3.99', quantity: '2' },
  { product: 'cake', category: 'bakery', price: '12.50', quantity: '1' },
];

export interface LoadResult {
  /** Latencies of the purchases that went through, in ms, sorted. */
  latencies: number[];
  failures: number;
  firstFailure?: string;
  /** Purchases through per second. */
  rate: number;
}

/** One purchase at a till; throws with the refusal when either call is refused. */
async function buy(client: Client, token: string, cardNumber: string, payWithBonuses: boolean): Promise<void> {
  const input = { idempotencyKey: randomUUID(), cardNumber, lines: LINES, payWithBonuses: payWithBonuses ? '1.00' : null };
  const { calculatePurchase } = await client(CalculatePurchaseDocument, { input }, token);
  const purchaseId = calculatePurchase.purchase?.id;
  if (!purchaseId) throw new Error(`calculatePurchase: ${JSON.stringify(calculatePurchase.errors)}`);
  const { confirmPurchase } = await client(ConfirmPurchaseDocument, { input: { idempotencyKey: randomUUID(), purchaseId } }, token);
  if (confirmPurchase.errors.length > 0) throw new Error(`confirmPurchase: ${JSON.stringify(confirmPurchase.errors)}`);
}

function recorder() {
  const latencies: number[] = [];
  const result = { failures: 0, firstFailure: undefined as string | undefined };
  return {
    async time(run: () => Promise<void>) {
      const started = performance.now();
      try {
        await run();
        latencies.push(performance.now() - started);
      } catch (error) {
        result.failures++;
        result.firstFailure ??= error instanceof Error ? error.message : String(error);
      }
    },
    done(seconds: number): LoadResult {
      return { ...result, latencies: latencies.sort((a, b) => a - b), rate: latencies.length / seconds };
    },
  };
}

/** Each terminal buys for `seconds`, one purchase after another, for members in turn. */
export async function closedLoop(client: Client, terminals: string[], cards: string[], seconds: number): Promise<LoadResult> {
  const record = recorder();
  const end = Date.now() + seconds * 1000;
  await Promise.all(
    terminals.map(async (token, t) => {
      for (let n = 0; Date.now() < end; n++) await record.time(() => buy(client, token, cards[(t * 7919 + n) % cards.length] as string, n % 2 === 1));
    }),
  );
  return record.done(seconds);
}

/**
 * Purchases arrive at `perSecond` for `warmUpSeconds` and then `seconds`, spread over the terminals,
 * each started on time whatever the earlier ones are doing; latency includes any wait for the
 * platform. Only those of the last `seconds` are counted: the first seconds drain what a phase
 * before left behind (events the till's writes queued, which lag while it saturates), so they
 * would time that phase's tail rather than a steady rate.
 */
export async function openLoop(
  client: Client,
  terminals: string[],
  cards: string[],
  perSecond: number,
  seconds: number,
  warmUpSeconds = 0,
): Promise<LoadResult> {
  const record = recorder();
  const warmUp = Math.round(perSecond * warmUpSeconds);
  const total = warmUp + Math.max(1, Math.round(perSecond * seconds));
  const started = performance.now();
  const running: Array<Promise<void>> = [];
  for (let n = 0; n < total; n++) {
    const due = started + (n * 1000) / perSecond;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const purchase = () => buy(client, terminals[n % terminals.length] as string, cards[(n * 7919) % cards.length] as string, n % 2 === 1);
    running.push(n < warmUp ? purchase() : record.time(purchase));
  }
  await Promise.all(running);
  return record.done(seconds);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}
