import { createRateLimiter } from './rate-limit';

test('allows bursts up to twice the rate, then the rate, per caller', () => {
  const limiter = createRateLimiter(5);
  const taken = Array.from({ length: 12 }, () => limiter.take('a', 0));
  expect(taken.filter(Boolean)).toHaveLength(10);
  expect(limiter.take('b', 0)).toBe(true);
  expect(limiter.take('a', 100)).toBe(false);
  expect(limiter.take('a', 200)).toBe(true);
  expect(limiter.take('a', 200)).toBe(false);
});

test('forgets the least recently seen callers beyond its size, which then start afresh', () => {
  const limiter = createRateLimiter(1, 2);
  expect([limiter.take('a', 0), limiter.take('a', 0), limiter.take('a', 0)]).toEqual([true, true, false]);
  limiter.take('b', 0);
  limiter.take('c', 0);
  expect(limiter.take('a', 0)).toBe(true);
});
