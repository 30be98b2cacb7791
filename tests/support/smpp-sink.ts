import type { AddressInfo } from 'node:net';
import smpp, { type Pdu, type Session } from 'smpp';
import { decodeSmsText } from '../../subgraphs/communications/domain/sms-encoding';
import { eventually } from './eventually';

/** A text message as a phone would show it: the parts put together, and how it travelled. */
export interface ReceivedSms {
  destination: string;
  sender: string;
  text: string;
  encoding: 'GSM7' | 'UCS2';
  parts: number;
  messageIds: string[];
  /** When its last part arrived (performance.now()). */
  at: number;
}

/**
 * A real SMPP server (SMSC) on loopback, built on the `smpp` package's server: it checks the bind's
 * credentials, answers submit_sm with a message id, puts concatenated parts together by their UDH,
 * and sends a delivery receipt for each part that asks for one. `throttle` answers the next
 * submissions ESME_RTHROTTLED; `textFrom` passes a phone's text on as a deliver_sm; `dropLinks` closes every bound link, as an SMSC restart would.
 */
export interface SmppSink {
  port: number;
  received: ReceivedSms[];
  throttle: number;
  receiptStatus: 'DELIVRD' | 'UNDELIV';
  binds: number;
  waitFor(destination: string, after?: number): Promise<ReceivedSms>;
  /** A text from a phone to the sender, as an SMSC passes it on (deliver_sm over a bound link; UCS-2 when it needs it). */
  textFrom(phone: string, text: string): Promise<void>;
  dropLinks(): void;
  close(): Promise<void>;
}

export const SMPP_SINK_LOGIN = { systemId: 'loyalty', password: 'secret1' };

export async function startSmppSink(): Promise<SmppSink> {
  const received: ReceivedSms[] = [];
  const pending = new Map<string, { parts: Array<string | undefined>; ids: string[] }>();
  let nextId = 1;
  const state = { throttle: 0, receiptStatus: 'DELIVRD' as 'DELIVRD' | 'UNDELIV', binds: 0 };

  function onSubmit(session: Session, pdu: Pdu) {
    try {
      receive(session, pdu);
    } catch (error) {
      // A PDU the sink cannot read is refused, as an SMSC would, instead of bringing the test down.
      session.send(pdu.response({ command_status: smpp.ESME_RSYSERR }));
      console.error('SMPP sink could not read a submit_sm', error);
    }
  }

  function receive(session: Session, pdu: Pdu) {
    if (state.throttle > 0) {
      state.throttle -= 1;
      return session.send(pdu.response({ command_status: smpp.ESME_RTHROTTLED }));
    }
    const id = `M${nextId++}`;
    session.send(pdu.response({ message_id: id }));
    const encoding = Number(pdu.data_coding) === 0x08 ? 'UCS2' : 'GSM7';
    // The package decodes what it can (its own GSM 03.38 and UCS-2 decoders, a check independent of
    // ours); bytes it leaves are decoded here.
    const raw = pdu.short_message as { udh?: Buffer[]; message: Buffer | string } | Buffer;
    const body = Buffer.isBuffer(raw) ? { message: raw } : raw;
    const text = typeof body.message === 'string' ? body.message : decodeSmsText(body.message, encoding);
    const udh = body.udh?.find((element) => element[0] === 0x00);
    const destination = `+${String(pdu.destination_addr)}`;
    const sender = String(pdu.source_addr);
    if (!udh) received.push({ destination, sender, text, encoding, parts: 1, messageIds: [id], at: performance.now() });
    else {
      const [reference, total, sequence] = [udh[2] as number, udh[3] as number, udh[4] as number];
      const key = `${destination}:${reference}`;
      // Filled, not sparse: every() must see each part still missing.
      const entry = pending.get(key) ?? { parts: Array.from({ length: total }, (): string | undefined => undefined), ids: [] };
      entry.parts[sequence - 1] = text;
      entry.ids.push(id);
      pending.set(key, entry);
      if (entry.parts.every((part) => part !== undefined)) {
        pending.delete(key);
        received.push({ destination, sender, text: entry.parts.join(''), encoding, parts: total, messageIds: entry.ids, at: performance.now() });
      }
    }
    if (Number(pdu.registered_delivery) & 1) {
      setTimeout(() => {
        session.deliver_sm({
          source_addr: pdu.destination_addr,
          destination_addr: pdu.source_addr,
          esm_class: 0x04,
          short_message: `id:${id} sub:001 dlvrd:001 submit date:2611261200 done date:2611261200 stat:${state.receiptStatus} err:000 text:`,
        });
      }, 10);
    }
  }

  const bound = new Set<Session>();
  const server = smpp.createServer((session) => {
    session.on('error', () => undefined);
    session.on('close', () => bound.delete(session));
    session.on('bind_transceiver', (pdu: Pdu) => {
      const ok = pdu.system_id === SMPP_SINK_LOGIN.systemId && pdu.password === SMPP_SINK_LOGIN.password;
      if (ok) {
        state.binds += 1;
        bound.add(session);
      }
      session.send(pdu.response({ command_status: ok ? smpp.ESME_ROK : smpp.ESME_RBINDFAIL }));
    });
    session.on('submit_sm', (pdu: Pdu) => onSubmit(session, pdu));
    session.on('enquire_link', (pdu: Pdu) => session.send(pdu.response()));
    session.on('unbind', (pdu: Pdu) => {
      session.send(pdu.response());
      session.close();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    received,
    get throttle() {
      return state.throttle;
    },
    set throttle(value) {
      state.throttle = value;
    },
    get receiptStatus() {
      return state.receiptStatus;
    },
    set receiptStatus(value) {
      state.receiptStatus = value;
    },
    get binds() {
      return state.binds;
    },
    waitFor: (destination, after = 0) =>
      eventually(
        () =>
          received
            .slice(after)
            .reverse()
            .find((sms) => sms.destination === destination),
        `an SMS to ${destination}`,
        { intervalMs: 25 },
      ),
    async textFrom(phone, text) {
      // The link the platform keeps open to hear texts (bound at start or when the provider was configured).
      const session = await eventually(() => [...bound][0], 'a bound SMPP link');
      const ucs2 = /[^\x20-\x7e]/.test(text);
      await new Promise<void>((resolve) =>
        session.deliver_sm(
          {
            source_addr: phone.replace(/^\+/, ''),
            source_addr_ton: 1,
            destination_addr: 'DemoRetail',
            esm_class: 0,
            data_coding: ucs2 ? 0x08 : 0x00,
            short_message: ucs2 ? Buffer.from(text, 'utf16le').swap16() : text,
          },
          () => resolve(),
        ),
      );
    },
    dropLinks() {
      for (const session of [...server.sessions]) session.destroy();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const session of [...server.sessions]) session.destroy();
        server.close(() => resolve());
      }),
  };
}
