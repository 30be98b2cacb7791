import { notDeliveredStatus } from './delivery-status';

test('a destination the network could not reach is undeliverable; other refusals failed', () => {
  expect(['UNDELIV', 'UNDELIVERED (ABSENT_SUBSCRIBER)', 'undeliverable'].map(notDeliveredStatus)).toEqual(['UNDELIVERABLE', 'UNDELIVERABLE', 'UNDELIVERABLE']);
  expect(['EXPIRED', 'REJECTD', 'DELETED', 'UNKNOWN'].map(notDeliveredStatus)).toEqual(['FAILED', 'FAILED', 'FAILED', 'FAILED']);
});
