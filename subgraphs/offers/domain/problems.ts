import Decimal from 'decimal.js';
import { BusinessError } from '../../../infra/errors/business-error';
import type { DecimalText } from '../../../packages/mechanics/definition';
import type { OffersErrorCode } from './errors';

/**
 * The checks a marketer's input goes through (an offer, an audience's rules), collecting every
 * problem at once, each with the input path it is about, so a form can mark every bad field.
 */

export { isUuid } from '../../../infra/text/uuid';
export const REGISTRATION_CHANNELS = ['PERSONAL_ACCOUNT', 'MOBILE_APP', 'POS', 'CONTACT_CENTER', 'SMS', 'WALLET'];
export const MEMBER_STATES = ['CARD_HOLDER', 'REGISTERED', 'BLOCKED'];
/** The most values a list in an offer or a rule may hold. */
export const MAX_LIST = 1000;
/** Money and bonus amounts carry cents. */
export const MONEY_PLACES = 2;

export type Report = (code: OffersErrorCode, field: string, message: string) => void;
export type ListCheck = (field: string, values: readonly string[] | null, valid: (value: string) => boolean, what: string) => void;
export type IntegerCheck = (field: string, value: number | null, min: number, max: number) => void;
export type DecimalCheck = (
  field: string,
  value: DecimalText | null,
  range: { min: number; max: number; minExclusive?: boolean; places?: number },
  code?: OffersErrorCode,
) => void;
export type TextCheck = (field: string, value: string, min: number, max: number) => void;

export interface ProblemChecks {
  /** What was found so far; empty: the input can be stored. */
  problems: BusinessError[];
  report: Report;
  text: TextCheck;
  decimal: DecimalCheck;
  integer: IntegerCheck;
  list: ListCheck;
}

export function problemChecks(): ProblemChecks {
  const problems: BusinessError[] = [];
  const report: Report = (code, field, message) => problems.push(new BusinessError(code, `${field}: ${message}`, field));
  return {
    problems,
    report,
    text: (field, value, min, max) => {
      if (value.trim().length < min || value.length > max) report('INVALID_INPUT', field, `${min} to ${max} characters`);
    },
    decimal: (field, value, range, code = 'INVALID_AMOUNT') => {
      if (value === null) return;
      const number = new Decimal(value);
      const low = range.minExclusive ? number.lte(range.min) : number.lt(range.min);
      if (low || number.gt(range.max)) report(code, field, `${range.minExclusive ? 'above' : 'from'} ${range.min} up to ${range.max}`);
      else if (range.places !== undefined && number.decimalPlaces() > range.places) report(code, field, `at most ${range.places} decimal places`);
    },
    integer: (field, value, min, max) => {
      if (value !== null && (!Number.isInteger(value) || value < min || value > max)) report('INVALID_INPUT', field, `a whole number from ${min} to ${max}`);
    },
    list: (field, values, valid, what) => {
      if (values === null) return;
      if (values.length === 0 || values.length > MAX_LIST) report('INVALID_INPUT', field, `1 to ${MAX_LIST} values, or none at all`);
      values.forEach((value, index) => {
        if (!valid(value)) report('INVALID_INPUT', `${field}.${index}`, `not ${what}`);
      });
    },
  };
}
