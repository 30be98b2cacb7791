import { createPacer, PacerBacklog } from './pacer';

test('turns are 1/rate apart, and an urgent send goes ahead of those already waiting', async () => {
  const pace = createPacer(20); // a turn every 50 ms
  const order: string[] = [];
  const started = performance.now();
  const at: Record<string, number> = {};
  const send = (name: string, urgent = false) =>
    pace(urgent).then(() => {
      order.push(name);
      at[name] = performance.now() - started;
    });
  const sends = [send('m1'), send('m2'), send('m3'), send('m4')];
  sends.push(send('code', true));
  await Promise.all(sends);
  // m1 goes at once; the code takes the next turn, ahead of m2…m4.
  expect(order).toEqual(['m1', 'code', 'm2', 'm3', 'm4']);
  expect(at.m4).toBeGreaterThanOrEqual(4 * 50 - 5);
});

test('a send that is not urgent and would wait past its bound is refused at once; an urgent one never is', async () => {
  const pace = createPacer(10, 250); // a turn every 100 ms, 250 ms of waiting at most
  const waiting = [pace(), pace(), pace()];
  await expect(pace()).rejects.toBeInstanceOf(PacerBacklog);
  await expect(Promise.race([pace(true).then(() => 'went'), new Promise((resolve) => setTimeout(() => resolve('still waiting'), 1000))])).resolves.toBe('went');
  await Promise.all(waiting);
});
