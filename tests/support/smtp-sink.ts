import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { eventually } from './eventually';

/**
 * A real SMTP server on loopback that keeps what it receives, parsed, as a mailbox would: the test
 * reads codes from it as a member reads their mail. `refuse` makes it answer recipients with an
 * SMTP error code (451 passes, 550 is final).
 */
export interface SmtpSink {
  port: number;
  received: ParsedMail[];
  refuse: { code: number; message: string } | null;
  /** Waits up to 10 s for a message to this address, newest first. */
  waitFor(address: string, after?: number): Promise<ParsedMail>;
  close(): Promise<void>;
}

/** The only login the sink accepts. */
export const SMTP_SINK_LOGIN = { username: 'mailer', password: 'smtp-secret-password-1' };

export async function startSmtpSink(): Promise<SmtpSink> {
  const sink = { received: [] as ParsedMail[], refuse: null as SmtpSink['refuse'] };
  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth(auth, _session, callback) {
      // The credentials the tests configure; anything else is refused, as a real server would.
      if (auth.username === SMTP_SINK_LOGIN.username && auth.password === SMTP_SINK_LOGIN.password) return callback(null, { user: auth.username });
      callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
    },
    onRcptTo(_address, _session, callback) {
      if (!sink.refuse) return callback();
      const error = Object.assign(new Error(sink.refuse.message), { responseCode: sink.refuse.code });
      callback(error);
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          sink.received.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  const to = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((a) => a.value.map((v) => v.address));
  return {
    port,
    get received() {
      return sink.received;
    },
    get refuse() {
      return sink.refuse;
    },
    set refuse(value) {
      sink.refuse = value;
    },
    waitFor: (address, after = 0) =>
      eventually(
        () =>
          sink.received
            .slice(after)
            .reverse()
            .find((mail) => to(mail).includes(address)),
        `mail to ${address}`,
      ),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
