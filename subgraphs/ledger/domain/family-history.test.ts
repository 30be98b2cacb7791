import { staysFromChanges } from './family-history';

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute));

test('stays open where the family a version names changes and close at the next change', () => {
  const changes = [
    { familyId: 'F', at: at(1) },
    { familyId: 'F', at: at(2) },
    { familyId: null, at: at(5) },
    { familyId: 'G', at: at(9) },
  ];
  expect(staysFromChanges('m', changes)).toEqual([
    { memberId: 'm', familyId: 'F', joinedAt: at(1), leftAt: at(5) },
    { memberId: 'm', familyId: 'G', joinedAt: at(9), leftAt: null },
  ]);
});

test('moving straight from one family to another closes the first where the second opens', () => {
  expect(
    staysFromChanges('m', [
      { familyId: 'F', at: at(1) },
      { familyId: 'G', at: at(3) },
    ]),
  ).toEqual([
    { memberId: 'm', familyId: 'F', joinedAt: at(1), leftAt: at(3) },
    { memberId: 'm', familyId: 'G', joinedAt: at(3), leftAt: null },
  ]);
});

test('a version dated before the one it follows counts from the earlier time: no stay ends before it starts', () => {
  expect(
    staysFromChanges('m', [
      { familyId: 'F', at: at(4) },
      { familyId: null, at: at(3) },
    ]),
  ).toEqual([{ memberId: 'm', familyId: 'F', joinedAt: at(4), leftAt: at(4) }]);
});

test('no versions, or only versions outside families, mean no stays', () => {
  expect(staysFromChanges('m', [])).toEqual([]);
  expect(staysFromChanges('m', [{ familyId: null, at: at(1) }])).toEqual([]);
});
