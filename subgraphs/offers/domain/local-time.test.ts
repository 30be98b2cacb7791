import { columnToLocal, localToColumn } from './local-time';

test('the column keeps the wall clock exactly', () => {
  expect(columnToLocal(localToColumn('2026-03-29T02:30'))).toBe('2026-03-29T02:30');
});
