/**
 * Keeps sends through one provider to its agreed rate: each send takes the next free slot, slots
 * 1/rate seconds apart, and waits for it. Per process: instances sharing a provider each keep the
 * rate (configure ratePerSecond for the provider's limit divided by the instances).
 */
export function createPacer(ratePerSecond: number) {
  const spacingMs = 1000 / Math.max(ratePerSecond, 0.001);
  let nextSlot = 0;
  return async function pace(): Promise<void> {
    const now = performance.now();
    const slot = Math.max(now, nextSlot);
    nextSlot = slot + spacingMs;
    if (slot > now) await new Promise((resolve) => setTimeout(resolve, slot - now));
  };
}
