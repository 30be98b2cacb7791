import { normaliseCardNumber } from './card-number';
import { checkBirthDate, checkPasswordStrength, normaliseEmail, normaliseName, normalisePhone } from './contact';
import { DomainError, ValidationErrors } from './errors';
import { checkTimeZone, normaliseLanguage } from './message-preferences';
import { normaliseReferralCode } from './referral-code';

export const REGISTRATION_CHANNELS = ['PERSONAL_ACCOUNT', 'MOBILE_APP', 'POS', 'CONTACT_CENTER', 'SMS', 'WALLET'] as const;
export type RegistrationChannel = (typeof REGISTRATION_CHANNELS)[number];

/** Fields a channel may require on top of the phone, which every channel requires. */
export const PROFILE_FIELDS = ['email', 'firstName', 'lastName', 'birthDate', 'password', 'cardNumber'] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

export interface ChannelSetting {
  channel: RegistrationChannel;
  enabled: boolean;
  requiredFields: ProfileField[];
}

/** What a company gets until it configures its channels: every channel open, sensible fields asked. */
export const DEFAULT_CHANNEL_SETTINGS: Record<RegistrationChannel, ProfileField[]> = {
  PERSONAL_ACCOUNT: ['email', 'firstName', 'password'],
  MOBILE_APP: ['firstName', 'password'],
  POS: [],
  CONTACT_CENTER: ['firstName', 'lastName'],
  SMS: [],
  WALLET: [],
};

export function channelSetting(channel: RegistrationChannel, stored: ChannelSetting[]): ChannelSetting {
  return stored.find((s) => s.channel === channel) ?? { channel, enabled: true, requiredFields: DEFAULT_CHANNEL_SETTINGS[channel] };
}

/** Self-service channels a person may use without being signed in (after confirming the phone). */
export const SELF_SERVICE_CHANNELS: readonly RegistrationChannel[] = ['PERSONAL_ACCOUNT', 'MOBILE_APP', 'SMS', 'WALLET'];

export interface RegistrationInput {
  phone?: string | null;
  email?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  birthDate?: Date | null;
  password?: string | null;
  cardNumber?: string | null;
  language?: string | null;
  timeZone?: string | null;
  referralCode?: string | null;
}

export interface ValidRegistration {
  phone: string;
  email: string | null;
  firstName: string | null;
  lastName: string | null;
  birthDate: Date | null;
  password: string | null;
  cardNumber: string | null;
  language: string | null;
  timeZone: string | null;
  referralCode: string | null;
}

function present(value: unknown): boolean {
  return value !== null && value !== undefined && !(typeof value === 'string' && value.trim() === '');
}

/**
 * What a registration by staff must hold: the channel's fields but the password, which only the
 * member chooses (with a reset code, after registering).
 */
export function staffRequirements(setting: ChannelSetting): ChannelSetting {
  return { ...setting, requiredFields: setting.requiredFields.filter((field) => field !== 'password') };
}

/** Checks the channel's rules and every field's format, reporting all problems at once. */
export function validateRegistration(input: RegistrationInput, setting: ChannelSetting, now: Date): ValidRegistration {
  if (!setting.enabled) {
    throw new DomainError('CHANNEL_DISABLED', `Registration through ${setting.channel} is disabled for this company`, 'channel');
  }
  const problems: DomainError[] = [];
  const attempt = <T>(run: () => T): T | null => {
    try {
      return run();
    } catch (error) {
      if (error instanceof DomainError) problems.push(error);
      else throw error;
      return null;
    }
  };
  if (!present(input.phone)) problems.push(new DomainError('REQUIRED_FIELD_MISSING', 'Phone is required', 'phone'));
  for (const field of setting.requiredFields) {
    if (!present(input[field])) {
      problems.push(new DomainError('REQUIRED_FIELD_MISSING', `${field} is required for registration through ${setting.channel}`, field));
    }
  }
  const phone = present(input.phone) ? attempt(() => normalisePhone(String(input.phone))) : null;
  const email = present(input.email) ? attempt(() => normaliseEmail(String(input.email))) : null;
  const firstName = present(input.firstName) ? attempt(() => normaliseName(String(input.firstName), 'firstName')) : null;
  const lastName = present(input.lastName) ? attempt(() => normaliseName(String(input.lastName), 'lastName')) : null;
  const cardNumber = present(input.cardNumber) ? attempt(() => normaliseCardNumber(String(input.cardNumber))) : null;
  const language = present(input.language) ? attempt(() => normaliseLanguage(String(input.language))) : null;
  const timeZone = present(input.timeZone) ? attempt(() => checkTimeZone(String(input.timeZone))) : null;
  const referralCode = present(input.referralCode) ? attempt(() => normaliseReferralCode(String(input.referralCode))) : null;
  if (input.birthDate) attempt(() => checkBirthDate(input.birthDate as Date, now));
  if (present(input.password)) attempt(() => checkPasswordStrength(String(input.password)));
  if (problems.length > 0) throw new ValidationErrors(problems);
  return {
    phone: phone as string,
    email,
    firstName,
    lastName,
    birthDate: input.birthDate ?? null,
    password: present(input.password) ? String(input.password) : null,
    cardNumber,
    language,
    timeZone,
    referralCode,
  };
}
