import { createSentRecordsInFlight } from './sent-records';

/** A write the test finishes when it chooses. */
function pendingWrite() {
  let finish: (ok: boolean) => void = () => undefined;
  const written = new Promise<void>((resolve, reject) => {
    finish = (ok) => (ok ? resolve() : reject(new Error('the write failed')));
  });
  return { written, finish };
}

/** Whether `promise` has settled after the callbacks and immediates queued so far have run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setImmediate(resolve));
  await new Promise((resolve) => setImmediate(resolve));
  return done;
}

test('a report of a message whose sent record is being written waits for the write', async () => {
  const records = createSentRecordsInFlight();
  const write = pendingWrite();
  records.note('smsc', ['id-1', 'id-2'], write.written);
  const first = records.written('smsc', 'id-1');
  const second = records.written('smsc', 'id-2');
  expect(await settled(first)).toBe(false);
  write.finish(true);
  expect(await settled(first)).toBe(true);
  expect(await settled(second)).toBe(true);
});

test('a report read before delivery notes the write (the same chunk as the answer) still waits for it', async () => {
  const records = createSentRecordsInFlight();
  const write = pendingWrite();
  const report = records.written('smsc', 'id-1');
  // Delivery notes the write in the promise callbacks the submission's answer runs, after the report was read.
  await Promise.resolve();
  records.note('smsc', ['id-1'], write.written);
  expect(await settled(report)).toBe(false);
  write.finish(true);
  expect(await settled(report)).toBe(true);
});

test('a failed write releases its reports (they take the retries), and a written one is forgotten', async () => {
  const records = createSentRecordsInFlight();
  const failing = pendingWrite();
  records.note('smsc', ['id-1'], failing.written);
  const report = records.written('smsc', 'id-1');
  failing.finish(false);
  expect(await settled(report)).toBe(true);

  // Nothing is kept once written: a later report of the same id does not wait on a new write of another provider's.
  const other = pendingWrite();
  records.note('other-smsc', ['id-1'], other.written);
  expect(await settled(records.written('smsc', 'id-1'))).toBe(true);
  expect(await settled(records.written('other-smsc', 'id-1'))).toBe(false);
  other.finish(true);
});

test('a report of a message not being written here does not wait', async () => {
  const records = createSentRecordsInFlight();
  expect(await settled(records.written('smsc', 'unknown'))).toBe(true);
});
