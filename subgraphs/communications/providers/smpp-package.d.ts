/** The parts of the `smpp` package (no published types) the platform uses: sessions, PDUs, the server. */
declare module 'smpp' {
  import type { EventEmitter } from 'node:events';
  import type { Server as NetServer, Socket } from 'node:net';

  export interface Pdu {
    command: string;
    command_status: number;
    sequence_number: number;
    [parameter: string]: unknown;
    response(parameters?: Record<string, unknown>): Pdu;
  }

  export interface Session extends EventEmitter {
    socket: Socket;
    send(pdu: Pdu, responseCallback?: (response: Pdu) => void): boolean;
    close(callback?: () => void): void;
    destroy(callback?: () => void): void;
    pause(): void;
    resume(): void;
    bind_transceiver(parameters: Record<string, unknown>, callback: (response: Pdu) => void): void;
    submit_sm(parameters: Record<string, unknown>, callback: (response: Pdu) => void): void;
    deliver_sm(parameters: Record<string, unknown>, callback?: (response: Pdu) => void): void;
    enquire_link(parameters?: Record<string, unknown>, callback?: (response: Pdu) => void): void;
    unbind(parameters?: Record<string, unknown>, callback?: (response: Pdu) => void): void;
  }

  export interface Server extends NetServer {
    sessions: Session[];
  }

  export function connect(options: { url: string; auto_enquire_link_period?: number; connectTimeout?: number }, listener?: () => void): Session;
  export function createServer(listener: (session: Session) => void): Server;

  export const ESME_ROK: number;
  export const ESME_RTHROTTLED: number;
  export const ESME_RMSGQFUL: number;
  export const ESME_RBINDFAIL: number;
  export const ESME_RINVDSTADR: number;
  export const ESME_RSYSERR: number;
}
