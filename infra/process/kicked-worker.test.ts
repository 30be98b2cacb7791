import { createKickedWorker } from './kicked-worker';

test('kicks during a run share it and make one more run after it; a stopped worker runs no more', async () => {
  let runs = 0;
  let release: () => void = () => {};
  const worker = createKickedWorker(
    async () => {
      runs++;
      if (runs === 1) await new Promise<void>((resolve) => (release = resolve));
      return 1;
    },
    60_000,
    () => {},
  );
  const first = worker.kick();
  const second = worker.kick();
  const third = worker.kick();
  expect(second).toBe(first);
  expect(third).toBe(first);
  release();
  // The run, then exactly one more for the kicks that came during it.
  expect(await first).toBe(2);
  expect(runs).toBe(2);
  await worker.stop();
  expect(worker.stopped()).toBe(true);
  expect(await worker.kick()).toBe(0);
  expect(runs).toBe(2);
});

test('a failing run is reported and the next kick runs again', async () => {
  const errors: unknown[] = [];
  let fail = true;
  const worker = createKickedWorker(
    async () => {
      if (fail) throw new Error('down');
      return 3;
    },
    60_000,
    (error) => errors.push(error),
  );
  expect(await worker.kick()).toBe(0);
  fail = false;
  expect(await worker.kick()).toBe(3);
  expect(errors).toHaveLength(1);
});
