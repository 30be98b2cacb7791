/**
 * A phone or email shown with most of it hidden (+49******4567, a***@example.com): what a sent
 * code's message keeps of where it went, once the code is delivered.
 */
export function maskDestination(destination: string): string {
  const at = destination.indexOf('@');
  if (at > 0) return `${destination[0]}***${destination.slice(at)}`;
  if (destination.length <= 7) return '*'.repeat(destination.length);
  return `${destination.slice(0, 3)}${'*'.repeat(destination.length - 7)}${destination.slice(-4)}`;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** A phone in international format: +, a country code, up to 15 digits in all (E.164). */
const PHONE = /^\+[1-9]\d{6,14}$/;

export const isEmailAddress = (destination: string): boolean => EMAIL.test(destination);
export const isPhoneNumber = (destination: string): boolean => PHONE.test(destination);
