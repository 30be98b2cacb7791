import { birthdaysDue } from './birthdays';

test('on the day: the birthday of that day, in that year', () => {
  expect(birthdaysDue('2026-04-25', 0, 1)).toEqual([{ birthday: '04-25', year: 2026 }]);
});

test('days before, and a window that catches up days the task missed', () => {
  expect(birthdaysDue('2026-04-20', 5, 3)).toEqual([
    { birthday: '04-25', year: 2026 },
    { birthday: '04-24', year: 2026 },
    { birthday: '04-23', year: 2026 },
  ]);
});

test('across the new year the birthday is next year’s', () => {
  expect(birthdaysDue('2026-12-30', 3, 1)).toEqual([{ birthday: '01-02', year: 2027 }]);
});

test('29 February is kept on 28 February outside leap years, and on its own day in them', () => {
  expect(birthdaysDue('2027-02-28', 0, 1)).toEqual([
    { birthday: '02-28', year: 2027 },
    { birthday: '02-29', year: 2027 },
  ]);
  expect(birthdaysDue('2028-02-28', 0, 1)).toEqual([{ birthday: '02-28', year: 2028 }]);
  expect(birthdaysDue('2028-02-29', 0, 1)).toEqual([{ birthday: '02-29', year: 2028 }]);
});
