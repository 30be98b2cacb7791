import { smtpSettings } from './smtp';

const withSender = (sender: string) => smtpSettings.safeParse({ host: 'smtp.example.com', sender }).success;

test('the sender is one mailbox: a header smuggled after a line break, or a second address, is refused', () => {
  expect(withSender('Demo Retail <no-reply@demo-retail.example>')).toBe(true);
  expect(withSender('no-reply@demo-retail.example')).toBe(true);
  expect(withSender('Demo <no-reply@example.com>\r\nBcc: evil@example.com')).toBe(false);
  expect(withSender('Demo <no-reply@example.com>\nX-Injected: 1')).toBe(false);
  expect(withSender('a@example.com, b@example.com')).toBe(false);
  expect(withSender('no address here')).toBe(false);
  expect(smtpSettings.safeParse({ host: 'smtp.example.com', sender: 'a@example.com', replyTo: 'x@example.com\r\nBcc: y@example.com' }).success).toBe(false);
});
