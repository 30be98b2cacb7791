import { type EReceipt, renderEReceipt } from './e-receipt';
import { fillTemplate, variablesIn } from './template-text';

/**
 * What each message the platform sends says: per kind, the variables its templates may use (with
 * the longest values they take, to check an SMS's length before it is ever sent), the ones it must
 * use, and the platform's own wording where a company has not written its own. Codes come first in
 * a text so phones can offer to fill them in.
 */
export const MESSAGE_KINDS = [
  'verification.code_requested',
  'purchase.payment_code_requested',
  'bonuses.deduction_code_requested',
  'bonuses.expiring',
  'limit.alert',
  'purchase.confirmed',
  'member.registered',
  'card.issued',
  'consent.withdrawn',
  'ticket.answered',
] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/** The kind of a mailing's messages: what they say is the mailing's, not a template's. */
export const MAILING_KIND = 'mailing';

export const isMessageKind = (kind: string): kind is MessageKind => (MESSAGE_KINDS as readonly string[]).includes(kind);

export interface MessageTemplate {
  /** Email only. */
  subject: string | null;
  text: string;
  /** Email only: the HTML body; without one, the text as a paragraph. */
  html: string | null;
}

export interface RenderedMessage {
  subject: string | null;
  text: string;
  html?: string;
}

interface KindDefinition {
  /** The channels the platform sends it over: a template for another would never be used. */
  channels: Array<'SMS' | 'EMAIL' | 'PUSH' | 'VIBER' | 'SOCIAL'>;
  /** Each variable a template may use, with the longest value it takes in practice. */
  variables: Record<string, string>;
  /** Variables a template must use (a code's message without the code says nothing). */
  required: string[];
  /** The platform's wording. */
  builtIn: MessageTemplate;
}

const SHOP = 'A retail chain with a long name';
const CODE = { code: '123456', minutes: '10' };

export const KINDS: Record<MessageKind, KindDefinition> = {
  'verification.code_requested': {
    channels: ['SMS', 'EMAIL'],
    variables: { ...CODE, purpose: 'phone number change' },
    required: ['code'],
    builtIn: { subject: 'Your {{purpose}} code', text: '{{code}} is your {{purpose}} code. Valid for {{minutes}} min. Never share it.', html: null },
  },
  'purchase.payment_code_requested': {
    channels: ['SMS'],
    variables: { ...CODE, bonusPayment: '1000000.00' },
    required: ['code'],
    builtIn: {
      subject: 'Your payment code',
      text: '{{code}} is your code to pay {{bonusPayment}} bonus points at the till. Valid for {{minutes}} min. Never share it.',
      html: null,
    },
  },
  'bonuses.deduction_code_requested': {
    channels: ['SMS'],
    variables: { ...CODE, amount: '1000000.00' },
    required: ['code'],
    builtIn: {
      subject: 'Your confirmation code',
      text: '{{code}} confirms taking {{amount}} bonus points from your account. Valid for {{minutes}} min. Never share it.',
      html: null,
    },
  },
  'bonuses.expiring': {
    channels: ['SMS', 'PUSH'],
    variables: { amount: '1000000.00', currency: 'POINTS', date: '2026-12-31', firstName: 'Alexandra-Katharina' },
    required: ['amount', 'date'],
    builtIn: {
      subject: 'Your bonus points expire soon',
      text: '{{amount}} {{currency}} bonus points expire on {{date}}. Use them before then.',
      html: null,
    },
  },
  'limit.alert': {
    channels: ['EMAIL'],
    variables: {
      name: 'A limit with a long descriptive name',
      metric: 'POINT_OF_SALE_ACCRUED',
      outcome: 'refused an operation',
      value: '1000000.00',
      boundary: '1000000.00',
      operation: 'confirmPurchase',
      about: ' (member 00000000-0000-0000-0000-000000000000, terminal 00000000-0000-0000-0000-000000000000)',
    },
    required: ['name'],
    builtIn: {
      subject: 'Limit alert: {{name}}',
      text: 'The limit "{{name}}" ({{metric}}) {{outcome}}: {{value}} against {{boundary}}, on {{operation}}{{about}}.',
      html: null,
    },
  },
  'purchase.confirmed': {
    channels: ['EMAIL'],
    variables: {
      shop: SHOP,
      firstName: 'Alexandra-Katharina',
      date: '2026-12-31 23:59',
      total: '1000000.00 EUR',
      receiptText: '(the receipt: lines and totals)',
      receiptHtml: '<table>…</table>',
    },
    required: ['receiptText'],
    builtIn: { subject: 'Your receipt from {{shop}}, {{date}}', text: '{{receiptText}}', html: '{{receiptHtml}}' },
  },
  'member.registered': {
    channels: ['SMS'],
    variables: { shop: SHOP, firstName: 'Alexandra-Katharina', greeting: ', Alexandra-Katharina' },
    required: [],
    builtIn: {
      subject: 'Welcome to {{shop}}',
      text: 'Welcome to {{shop}}{{greeting}}! You collect bonus points with every purchase.',
      html: null,
    },
  },
  'card.issued': {
    channels: ['SMS', 'PUSH'],
    variables: { shop: SHOP, cardNumber: '0000000000000000000' },
    required: ['cardNumber'],
    builtIn: { subject: 'Your new card', text: 'Your {{shop}} card {{cardNumber}} is ready: show it at the till to collect bonus points.', html: null },
  },
  'ticket.answered': {
    channels: ['PUSH', 'EMAIL', 'SMS'],
    // A topic is at most TOPIC_LIMIT (100) characters.
    variables: { shop: SHOP, topic: 'A question about the bonus points of my last purchase, which did not arrive on my card after a week.' },
    required: [],
    builtIn: {
      subject: 'Support answered: {{topic}}',
      text: 'Support at {{shop}} answered your question "{{topic}}". Open the app or your account to read it.',
      html: null,
    },
  },
  'consent.withdrawn': {
    channels: ['SMS'],
    variables: { shop: SHOP },
    required: [],
    builtIn: {
      subject: 'Unsubscribed',
      text: 'You will get no more offers from {{shop}} by text. Codes, receipts and notices about your points still come.',
      html: null,
    },
  },
};

const PURPOSES: Record<string, string> = {
  REGISTRATION: 'registration',
  LOGIN: 'sign-in',
  CHANGE_PHONE: 'phone number change',
  CHANGE_EMAIL: 'email change',
  PASSWORD_RESET: 'password reset',
};

/** Minutes from `now` until an ISO time, at least 1. */
export function minutesUntil(iso: string, now: Date): number {
  return Math.max(1, Math.round((new Date(iso).getTime() - now.getTime()) / 60_000));
}

/** What a template's variables stand for, from what the message keeps (the code opened by the caller). */
function valuesOf(kind: MessageKind, kept: Record<string, string>, now: Date): Record<string, string> {
  const values: Record<string, string> = { ...kept };
  if (kept.expiresAt) values.minutes = String(minutesUntil(kept.expiresAt, now));
  if (kind === 'verification.code_requested') values.purpose = PURPOSES[kept.purpose ?? ''] ?? 'confirmation';
  if (kind === 'member.registered') values.greeting = kept.firstName ? `, ${kept.firstName}` : '';
  if (kind === 'limit.alert') {
    values.outcome = kept.refused === 'true' ? 'refused an operation' : 'was reached';
    const about = [kept.memberId && `member ${kept.memberId}`, kept.terminalId && `terminal ${kept.terminalId}`].filter(Boolean).join(', ');
    values.about = about ? ` (${about})` : '';
  }
  if (kind === 'purchase.confirmed') {
    const receipt = renderEReceipt(JSON.parse(kept.receipt ?? '{}') as EReceipt, {
      timeZone: kept.timeZone ?? 'UTC',
      currency: kept.currency ?? '',
      shop: kept.shop ?? '',
    });
    Object.assign(values, { date: receipt.when, total: receipt.total, receiptText: receipt.text, receiptHtml: receipt.html });
  }
  return values;
}

/** The message of a kind: the company's template when it has one, else the platform's, with the variables filled in. */
export function renderMessage(kind: MessageKind, kept: Record<string, string>, now: Date, template: MessageTemplate | null = null): RenderedMessage {
  const chosen = template ?? KINDS[kind].builtIn;
  const values = valuesOf(kind, kept, now);
  const rendered: RenderedMessage = { subject: chosen.subject ? fillTemplate(chosen.subject, values) : null, text: fillTemplate(chosen.text, values) };
  if (chosen.html) rendered.html = fillTemplate(chosen.html, values, 'html');
  return rendered;
}

/** The variables of a kind a template may use, and those it must. */
export function templateVariablesOf(kind: MessageKind): { allowed: string[]; required: string[] } {
  return { allowed: Object.keys(KINDS[kind].variables), required: KINDS[kind].required };
}

/** The channels a kind of message goes over. */
export const channelsOf = (kind: MessageKind): readonly string[] => KINDS[kind].channels;

/** The template with the longest values its variables take: what its length is judged by. */
export function longestRendering(kind: MessageKind, template: string): string {
  return fillTemplate(template, KINDS[kind].variables);
}

export { variablesIn };
