import type { DeliveryReport, ProviderHooks } from './provider';

/** Messages asked about per round, how many questions are out at once, and rounds at most per tick. */
const BATCH = 100;
const CONCURRENCY = 4;
const ROUNDS = 20;

/**
 * Asks a provider, every `everySeconds`, for the status of the messages sent through it that still
 * wait for a final word (for providers whose statuses are polled rather than called back). `statusOf`
 * answers a report for a final status and null while the message is still on its way; a message
 * still on its way is asked about again a round later, for as long as the store offers it.
 */
export function createStatusPoller(hooks: ProviderHooks, everySeconds: number, statusOf: (providerMessageId: string) => Promise<DeliveryReport | null>) {
  const onError = (error: unknown) => hooks.warn('asking a provider for statuses failed', error);
  let timer: NodeJS.Timeout | null = null;
  let round: Promise<void> | null = null;

  /** Asks about one batch; answers whether it was full (more may wait). */
  async function askBatch(): Promise<boolean> {
    const ids = await hooks.awaitingReport(BATCH, everySeconds * 1000);
    let next = 0;
    const worker = async () => {
      while (next < ids.length) {
        const id = ids[next++] as string;
        const report = await statusOf(id).catch((error) => {
          onError(error);
          return null;
        });
        if (report) await hooks.deliveryReport(report);
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, ids.length) }, worker));
    return ids.length === BATCH;
  }

  /** Rounds until a batch comes back short (a busy provider's thousands a minute are all asked about), at most ROUNDS a tick. */
  async function askAll(): Promise<void> {
    for (let round = 0; round < ROUNDS && (await askBatch()); round++) {}
  }

  return {
    start(): void {
      if (timer || everySeconds <= 0) return;
      timer = setInterval(() => {
        round ??= askAll()
          .catch(onError)
          .finally(() => {
            round = null;
          });
      }, everySeconds * 1000);
      timer.unref();
    },
    async stop(): Promise<void> {
      if (timer) clearInterval(timer);
      timer = null;
      await round;
    },
  };
}
