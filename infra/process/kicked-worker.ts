/**
 * Background work that runs when kicked and on an interval: a kick while it runs is not lost (it
 * runs once more right after), kicks at once share one run, and a stopped worker starts nothing
 * more. `work` answers how much it did (summed over the runs a kick waits for); its failures go to
 * `onError`, and the next kick or tick tries again.
 */
export function createKickedWorker(work: () => Promise<number | undefined>, intervalMs: number, onError: (error: unknown) => void) {
  let running: Promise<number> | null = null;
  let again = false;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;

  function kick(): Promise<number> {
    if (stopped) return Promise.resolve(0);
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let done = 0;
      do {
        again = false;
        try {
          done += (await work()) ?? 0;
        } catch (error) {
          onError(error);
        }
      } while (again && !stopped);
      running = null;
      return done;
    })();
    return running;
  }

  return {
    kick,
    /** Whether stop was asked: long work checks it between steps. */
    stopped: () => stopped,
    start(): void {
      timer = setInterval(() => void kick(), intervalMs);
      timer.unref();
      void kick();
    },
    /** Starts nothing more and waits for the run going on. */
    async stop(): Promise<void> {
      stopped = true;
      if (timer) clearInterval(timer);
      timer = null;
      await running;
    },
  };
}
