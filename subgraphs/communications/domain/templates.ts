import { type EReceipt, renderEReceipt } from './e-receipt';

/**
 * What each message the platform sends says, per kind, until companies configure their own
 * templates: short enough for one SMS, the code first so phones can offer to fill it in.
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
] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export interface RenderedMessage {
  /** Email only. */
  subject: string | null;
  text: string;
  /** Email only: the HTML alternative, when the message has more than a paragraph of text. */
  html?: string;
}

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

/** The message of a kind with its variables filled in (the code opened by the caller). */
export function renderMessage(kind: MessageKind, variables: Record<string, string>, now: Date): RenderedMessage {
  const minutes = variables.expiresAt ? minutesUntil(variables.expiresAt, now) : null;
  const valid = minutes ? ` Valid for ${minutes} min.` : '';
  switch (kind) {
    case 'verification.code_requested': {
      const purpose = PURPOSES[variables.purpose ?? ''] ?? 'confirmation';
      return { subject: `Your ${purpose} code`, text: `${variables.code} is your ${purpose} code.${valid} Never share it.` };
    }
    case 'purchase.payment_code_requested':
      return {
        subject: 'Your payment code',
        text: `${variables.code} is your code to pay ${variables.bonusPayment} bonus points at the till.${valid} Never share it.`,
      };
    case 'bonuses.deduction_code_requested':
      return {
        subject: 'Your confirmation code',
        text: `${variables.code} confirms taking ${variables.amount} bonus points from your account.${valid} Never share it.`,
      };
    case 'bonuses.expiring':
      return {
        subject: 'Your bonus points expire soon',
        text: `${variables.amount} ${variables.currency} bonus points expire on ${variables.date}. Use them before then.`,
      };
    case 'limit.alert': {
      const what = variables.refused === 'true' ? 'refused an operation' : 'was reached';
      const where = [variables.memberId && `member ${variables.memberId}`, variables.terminalId && `terminal ${variables.terminalId}`]
        .filter(Boolean)
        .join(', ');
      return {
        subject: `Limit alert: ${variables.name}`,
        text: `The limit "${variables.name}" (${variables.metric}) ${what}: ${variables.value} against ${variables.boundary}, on ${variables.operation}${where ? ` (${where})` : ''}.`,
      };
    }
    case 'purchase.confirmed':
      return renderEReceipt(JSON.parse(variables.receipt ?? '{}') as EReceipt, {
        timeZone: variables.timeZone ?? 'UTC',
        currency: variables.currency ?? '',
        shop: variables.shop ?? '',
      });
    case 'member.registered':
      return {
        subject: `Welcome to ${variables.shop}`,
        text: `Welcome to ${variables.shop}${variables.firstName ? `, ${variables.firstName}` : ''}! You collect bonus points with every purchase.`,
      };
    case 'card.issued':
      return { subject: 'Your new card', text: `Your ${variables.shop} card ${variables.cardNumber} is ready: show it at the till to collect bonus points.` };
    case 'consent.withdrawn':
      return {
        subject: 'Unsubscribed',
        text: `You will get no more offers from ${variables.shop} by text. Codes and receipts still come.`,
      };
  }
}
