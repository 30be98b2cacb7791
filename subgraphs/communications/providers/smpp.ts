import { randomInt } from 'node:crypto';
import smpp, { type Pdu, type Session } from 'smpp';
import { z } from 'zod';
import { isPhoneNumber } from '../domain/destination';
import { concatenationHeader, decodeSmsText, encodeSmsText, smsParts } from '../domain/sms-encoding';
import { type MessageProvider, ProviderFailure, type ProviderHooks } from './provider';

/**
 * What an SMPP provider is configured with (SMPP v3.4: the SMSC's address, the sender shown on the
 * phone, how often the link is checked).
 */
export const smppSettings = z.object({
  host: z.string().min(1).max(255),
  port: z.coerce.number().int().min(1).max(65535).default(2775),
  /** The sender: digits (a number) or up to 11 letters and digits (an alphanumeric sender id). */
  sender: z.string().regex(/^(\+?\d{3,15}|[A-Za-z0-9 ]{1,11})$/, 'digits, or up to 11 letters and digits'),
  systemType: z.string().max(12).default(''),
  /** Seconds between enquire_link checks of an idle link. */
  enquireLinkSeconds: z.coerce.number().int().min(5).max(600).default(30),
});
export const smppCredentials = z.object({ systemId: z.string().min(1).max(15), password: z.string().max(8) });

/** The SMSC's answers that may pass: throttling, a full queue, a busy or failing system. */
const RETRYABLE = new Set([smpp.ESME_RTHROTTLED, smpp.ESME_RMSGQFUL, smpp.ESME_RSYSERR, 0x64 /* ESME_RX_T_APPN */]);
/** esm_class bits: a user data header comes first (UDHI); a delivery receipt (SMSC delivery receipt). */
const UDHI = 0x40;
const RECEIPT = 0x04;
/** Reconnecting waits 1 s, 2 s, 4 s … at most a minute after a link is lost or refused. */
const reconnectDelay = (failures: number) => Math.min(1000 * 2 ** (failures - 1), 60_000);

/** The message id and final state a delivery receipt's text carries ("id:… stat:DELIVRD err:000 …", SMPP 3.4 appendix B). */
export function parseReceipt(text: string): { id: string; status: string } | null {
  const id = text.match(/\bid:(\S+)/i)?.[1];
  const status = text.match(/\bstat:(\S+)/i)?.[1];
  return id && status ? { id, status: status.toUpperCase() } : null;
}

/** A deliver_sm's text: the package gives a string, raw bytes, or a { message } of either (UCS-2 when data_coding is 8). */
function shortMessageText(pdu: Pdu): string {
  const body = pdu.short_message as { message?: string | Buffer } | Buffer | string | undefined;
  const content = typeof body === 'string' || Buffer.isBuffer(body) ? body : body?.message;
  if (!Buffer.isBuffer(content)) return String(content ?? '');
  return Number(pdu.data_coding ?? 0) === 0x08 ? decodeSmsText(content, 'UCS2') : content.toString('latin1');
}

/**
 * SMS over SMPP (the `smpp` package): one transceiver link per provider, bound on first use and kept
 * alive with enquire_link; a lost link is bound again with backoff. A long text goes as
 * concatenated parts (8-bit reference UDH) in GSM-7 or UCS-2; every part asks for a delivery
 * receipt, and receipts are reported back by the SMSC's message id.
 */
export function createSmppProvider(
  settings: z.infer<typeof smppSettings>,
  credentials: z.infer<typeof smppCredentials>,
  hooks: ProviderHooks,
): MessageProvider {
  let bound: Promise<Session> | null = null;
  /** The link in use: only its loss drops the binding (an older link closing later changes nothing). */
  let current: Session | null = null;
  let failures = 0;
  let nextAttemptAt = 0;
  let closed = false;

  let listening = false;

  function onDeliver(session: Session, pdu: Pdu) {
    session.send(pdu.response());
    const esmClass = Number(pdu.esm_class ?? 0);
    const text = shortMessageText(pdu);
    if (esmClass & RECEIPT) {
      const receipt = parseReceipt(text);
      if (receipt) void hooks.deliveryReport({ providerMessageId: receipt.id, delivered: receipt.status === 'DELIVRD', status: receipt.status });
      return;
    }
    const from = String(pdu.source_addr ?? '').replace(/^\+?/, '+');
    if (isPhoneNumber(from)) void hooks.incoming({ from, text });
  }

  function bind(): Promise<Session> {
    if (Date.now() < nextAttemptAt) return Promise.reject(new ProviderFailure('SMPP: the link is down; binding again shortly', true));
    return new Promise<Session>((resolve, reject) => {
      const session = smpp.connect({ url: `smpp://${settings.host}:${settings.port}`, auto_enquire_link_period: settings.enquireLinkSeconds * 1000 }, () => {
        // Each PDU goes at once: with Nagle's algorithm a submit waits for the SMSC's delayed ACK (40 ms on Linux).
        session.socket.setNoDelay(true);
        session.bind_transceiver({ system_id: credentials.systemId, password: credentials.password, system_type: settings.systemType }, (pdu) => {
          if (pdu.command_status === smpp.ESME_ROK) {
            failures = 0;
            current = session;
            return resolve(session);
          }
          session.destroy();
          reject(new ProviderFailure(`SMPP: bind refused (status ${pdu.command_status})`, true));
        });
      });
      session.on('deliver_sm', (pdu: Pdu) => onDeliver(session, pdu));
      session.on('unbind', (pdu: Pdu) => {
        session.send(pdu.response());
        session.close();
      });
      // A link that fails reports an error, then a close: it is lost once, and only while it is the one in use or being bound.
      let gone = false;
      const lost = (error?: Error) => {
        reject(new ProviderFailure(`SMPP: ${error?.message ?? 'the link closed'}`, true));
        if (gone || (current !== null && current !== session)) return;
        gone = true;
        current = null;
        bound = null;
        failures += 1;
        nextAttemptAt = Date.now() + reconnectDelay(failures);
        // A listening link is bound again by itself once the backoff allows: texts come in on it.
        if (listening && !closed) setTimeout(() => void link().catch(() => undefined), reconnectDelay(failures)).unref();
      };
      session.on('error', lost);
      session.on('close', () => lost());
    });
  }

  function link(): Promise<Session> {
    if (closed) return Promise.reject(new ProviderFailure('SMPP: the provider was reconfigured', true));
    bound ??= bind().catch((error) => {
      bound = null;
      throw error;
    });
    return bound;
  }

  function submit(session: Session, parameters: Record<string, unknown>): Promise<string> {
    return new Promise((resolve, reject) => {
      session.submit_sm(parameters, (pdu) => {
        if (pdu.command_status === smpp.ESME_ROK) return resolve(String(pdu.message_id));
        const status = `0x${pdu.command_status.toString(16).padStart(4, '0')}`;
        reject(new ProviderFailure(`SMPP: submit_sm refused (status ${status})`, RETRYABLE.has(pdu.command_status)));
      });
    });
  }

  const alphanumeric = /[A-Za-z]/.test(settings.sender);
  return {
    async send(message) {
      const session = await link();
      const { encoding, parts } = smsParts(message.text);
      const reference = randomInt(0, 256);
      const ids: string[] = [];
      for (const [index, part] of parts.entries()) {
        const header = parts.length > 1 ? concatenationHeader(reference, parts.length, index + 1) : Buffer.alloc(0);
        ids.push(
          await submit(session, {
            source_addr: settings.sender.replace(/^\+/, ''),
            source_addr_ton: alphanumeric ? 5 : 1,
            source_addr_npi: alphanumeric ? 0 : 1,
            destination_addr: message.destination.replace(/^\+/, ''),
            dest_addr_ton: 1,
            dest_addr_npi: 1,
            data_coding: encoding === 'UCS2' ? 0x08 : 0x00,
            esm_class: parts.length > 1 ? UDHI : 0,
            registered_delivery: 1,
            short_message: Buffer.concat([header, encodeSmsText(part, encoding)]),
          }),
        );
      }
      return { providerMessageIds: ids };
    },
    listen() {
      listening = true;
      void link().catch(() => undefined);
    },
    async close() {
      closed = true;
      const session = await bound?.catch(() => null);
      session?.close();
    },
  };
}
