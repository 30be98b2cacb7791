import { createTtlCache } from './ttl-cache';

test('an answer is kept for its time, shared by concurrent misses, and forgotten on clear', async () => {
  let loads = 0;
  const load = async () => ++loads;
  const cache = createTtlCache<number>(60_000);
  expect(await Promise.all([cache.get('a', load), cache.get('a', load)])).toEqual([1, 1]);
  expect(await cache.get('a', load)).toBe(1);
  expect(await cache.get('b', load)).toBe(2);
  cache.clear();
  expect(await cache.get('a', load)).toBe(3);
});

test('an expired answer is loaded again, a failed load is not kept, and the oldest entry makes room', async () => {
  let loads = 0;
  const expiring = createTtlCache<number>(0);
  expect(await expiring.get('a', async () => ++loads)).toBe(1);
  expect(await expiring.get('a', async () => ++loads)).toBe(2);

  const cache = createTtlCache<number>(60_000, 2);
  await expect(cache.get('a', async () => Promise.reject(new Error('down')))).rejects.toThrow('down');
  expect(await cache.get('a', async () => 7)).toBe(7);
  await cache.get('b', async () => 8);
  await cache.get('c', async () => 9);
  expect(await cache.get('a', async () => 10)).toBe(10);
  expect(await cache.get('c', async () => 11)).toBe(9);
});
