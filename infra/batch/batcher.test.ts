import { createBatcher } from './batcher';

test('what is handed in during one turn is done in one go, each caller getting its own result', async () => {
  const batches: number[][] = [];
  const double = createBatcher(async (items: number[]) => {
    batches.push(items);
    return items.map((n) => n * 2);
  });
  expect(await Promise.all([double(1), double(2), double(3)])).toEqual([2, 4, 6]);
  expect(await double(4)).toBe(8);
  expect(batches).toEqual([[1, 2, 3], [4]]);
});

test('a full batch goes at once; a failure reaches every caller of its batch and no other', async () => {
  const batches: string[][] = [];
  const upper = createBatcher(async (items: string[]) => {
    batches.push(items);
    if (items.includes('x')) throw new Error('refused');
    return items.map((s) => s.toUpperCase());
  }, 2);
  const results = await Promise.allSettled([upper('a'), upper('x'), upper('b')]);
  expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'fulfilled']);
  expect(batches).toEqual([['a', 'x'], ['b']]);
});
