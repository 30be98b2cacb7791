import nodemailer from 'nodemailer';
import { z } from 'zod';
import { escapeHtml } from '../domain/template-text';
import { type MessageProvider, ProviderFailure } from './provider';

/** What an SMTP provider is configured with: the server, and who messages come from. */
/**
 * One mailbox, with or without a display name: one address, no line breaks or other control
 * characters (a header written into it would add recipients or headers of the sender's choosing).
 */
const mailbox = z
  .string()
  .min(3)
  .max(320)
  .regex(/^[^\p{Cc},;]*<?[^\s<>@,;]+@[^\s<>@,;]+>?$/u, 'one address (Name <box@example.com> or box@example.com), without line breaks');

export const smtpSettings = z.object({
  host: z.string().min(1).max(255),
  port: z.coerce.number().int().min(1).max(65535).default(587),
  /** `true`: TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  secure: z.enum(['true', 'false']).default('false'),
  /** `true`: refuse to send unless the connection is upgraded to TLS. */
  requireTls: z.enum(['true', 'false']).default('false'),
  /** The From address, e.g. `Demo Retail <no-reply@demo-retail.example>`. */
  sender: mailbox,
  /** Where a member's reply goes, when not to the sender. */
  replyTo: mailbox.optional(),
});
export const smtpCredentials = z.object({ username: z.string().min(1).max(320), password: z.string().min(1).max(1024) }).partial();

/** SMTP codes 4xx and failures to connect may pass; 5xx answers are final. */
function failureOf(error: unknown): ProviderFailure {
  const { responseCode, code, message } = (error ?? {}) as { responseCode?: number; code?: string; message?: string };
  const permanent = typeof responseCode === 'number' && responseCode >= 500 && responseCode < 600;
  return new ProviderFailure(`SMTP: ${message ?? code ?? 'failed'}`, !permanent);
}

/**
 * Email through an SMTP server (nodemailer), pooled connections, STARTTLS or TLS, optional auth.
 * Every message goes with a plain text and an HTML alternative, and with the platform's message id
 * as its Message-ID, so a server or a mailbox can tell a repeated delivery.
 */
export function createSmtpProvider(settings: z.infer<typeof smtpSettings>, credentials: z.infer<typeof smtpCredentials>): MessageProvider {
  const transport = nodemailer.createTransport({
    pool: true,
    host: settings.host,
    port: settings.port,
    secure: settings.secure === 'true',
    requireTLS: settings.requireTls === 'true',
    auth: credentials.username ? { user: credentials.username, pass: credentials.password ?? '' } : undefined,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    async send(message) {
      const domain = settings.sender.match(/@([^>\s]+)/)?.[1] ?? 'loyalty.local';
      try {
        const info = await transport.sendMail({
          from: settings.sender,
          to: message.destination,
          replyTo: settings.replyTo,
          subject: message.subject ?? '',
          text: message.text,
          html: message.html ?? `<!doctype html><html><body><p>${escapeHtml(message.text)}</p></body></html>`,
          messageId: `<${message.id}@${domain}>`,
        });
        return { providerMessageIds: info.messageId ? [info.messageId] : [] };
      } catch (error) {
        throw failureOf(error);
      }
    },
    async close() {
      transport.close();
    },
  };
}
