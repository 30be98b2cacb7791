import { devinoStatusReports, MAX_STATUSES_PER_CALLBACK } from './devino';
import { CallbackRefused } from './provider';

test('final statuses become reports: delivered, read or clicked as delivered, the failures with their reason', () => {
  expect(
    devinoStatusReports([
      { messageId: '101', status: 'DELIVERED' },
      { messageId: 102, status: 'read' },
      { messageId: '103', status: 'UNDELIVERED', reason: 'ABSENT_SUBSCRIBER' },
      { messageId: '104', status: 'EXPIRED' },
      { messageId: '105', status: 'REJECTED', errorCode: 'BLACKLISTED' },
    ]),
  ).toEqual([
    { providerMessageId: '101', delivered: true, status: 'DELIVERED' },
    { providerMessageId: '102', delivered: true, status: 'READ' },
    { providerMessageId: '103', delivered: false, status: 'UNDELIVERED (ABSENT_SUBSCRIBER)' },
    { providerMessageId: '104', delivered: false, status: 'EXPIRED' },
    { providerMessageId: '105', delivered: false, status: 'REJECTED (BLACKLISTED)' },
  ]);
});

test('one status, a wrapped list, or the JSON as text are read alike', () => {
  const one = { providerMessageId: '7', delivered: true, status: 'DELIVERED' };
  expect(devinoStatusReports({ messageId: '7', status: 'DELIVERED' })).toEqual([one]);
  expect(devinoStatusReports({ result: [{ messageId: '7', status: 'DELIVERED' }] })).toEqual([one]);
  expect(devinoStatusReports('{"messageId":"7","status":"DELIVERED"}')).toEqual([one]);
});

test('an id too long for a JavaScript number keeps every digit', () => {
  expect(devinoStatusReports('{"messageId": 918500518691402898, "status": "DELIVERED"}')).toEqual([
    { providerMessageId: '918500518691402898', delivered: true, status: 'DELIVERED' },
  ]);
});

test('a callback with more statuses than one change carries is refused, not worked through', () => {
  const many = Array.from({ length: MAX_STATUSES_PER_CALLBACK + 1 }, (_, i) => ({ messageId: String(i), status: 'DELIVERED' }));
  expect(devinoStatusReports(many.slice(1))).toHaveLength(MAX_STATUSES_PER_CALLBACK);
  expect(() => devinoStatusReports(JSON.stringify(many))).toThrow(CallbackRefused);
});

test('statuses on the way, entries without an id or a status, and junk give nothing', () => {
  expect(devinoStatusReports([{ messageId: '1', status: 'SENT' }, { messageId: '2', status: 'ENROUTE' }, { status: 'DELIVERED' }, { messageId: '3' }])).toEqual(
    [],
  );
  expect(devinoStatusReports(null)).toEqual([]);
  expect(devinoStatusReports('not json')).toEqual([]);
  expect(devinoStatusReports({ messageId: 'x'.repeat(201), status: 'DELIVERED' })).toEqual([]);
});
