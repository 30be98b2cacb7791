import { birthdaysAhead } from './audience-rules';

test('birthdays ahead: today and the next days, across the year’s end', () => {
  expect(birthdaysAhead('2026-12-30T10:15', 3)).toEqual(['12-30', '12-31', '01-01', '01-02']);
  expect(birthdaysAhead('2026-06-01T00:00', 0)).toEqual(['06-01']);
});

test('a birthday on 29 February counts on the 28th in a year without it, and on its own day in one with it', () => {
  expect(birthdaysAhead('2027-02-27T08:00', 2)).toEqual(['02-27', '02-28', '02-29', '03-01']);
  expect(birthdaysAhead('2028-02-28T08:00', 1)).toEqual(['02-28', '02-29']);
});
