import Decimal from 'decimal.js';
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

// A date-time must carry its offset so that a register's local time is never guessed.
const DATE_TIME_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const DECIMAL_PATTERN = /^-?\d{1,15}(\.\d{1,6})?$/;

/** Whether `yyyy-mm-dd` names a day that exists (JavaScript would roll 2020-02-30 over to March). */
function isRealDay(day: string): boolean {
  const date = new Date(`${day}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
}

/** A literal in the document is parsed as its string, and refused with its position in the document. */
function literalParser<T>(parse: (value: unknown) => T): (ast: ValueNode) => T {
  return (ast) => {
    try {
      return parse(ast.kind === Kind.STRING ? ast.value : null);
    } catch (error) {
      throw error instanceof GraphQLError ? new GraphQLError(error.message, { nodes: ast }) : error;
    }
  };
}

function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string' || !DATE_TIME_PATTERN.test(value)) {
    throw new GraphQLError('DateTime must be an ISO-8601 date-time with an offset, e.g. 2026-11-02T10:00:00+01:00');
  }
  const [hours, minutes, seconds] = value.slice(11, 19).split(':').map(Number);
  const date = new Date(value);
  if (!isRealDay(value.slice(0, 10)) || (hours as number) > 23 || (minutes as number) > 59 || (seconds ?? 0) > 59 || Number.isNaN(date.getTime())) {
    throw new GraphQLError(`Invalid DateTime: ${value} is not a moment that exists`);
  }
  return date;
}

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An ISO-8601 date-time with offset, e.g. `2026-11-02T10:00:00.000Z`.',
  serialize: (value) => (value instanceof Date ? value : new Date(String(value))).toISOString(),
  parseValue: parseDateTime,
  parseLiteral: literalParser(parseDateTime),
});

function parseDate(value: unknown): Date {
  if (typeof value !== 'string' || !DATE_PATTERN.test(value)) throw new GraphQLError('Date must look like 1990-04-25');
  if (!isRealDay(value)) throw new GraphQLError(`Invalid Date: ${value} is not a day that exists`);
  return new Date(`${value}T00:00:00.000Z`);
}

export const DateScalar = new GraphQLScalarType<Date, string>({
  name: 'Date',
  description: 'A calendar date, e.g. `1990-04-25`.',
  serialize: (value) => (value instanceof Date ? value : new Date(String(value))).toISOString().slice(0, 10),
  parseValue: parseDate,
  parseLiteral: literalParser(parseDate),
});

function parseDecimal(value: unknown): Decimal {
  if (typeof value !== 'string' || !DECIMAL_PATTERN.test(value)) {
    throw new GraphQLError('Decimal must be a string such as "100.50": up to 15 digits before the point and 6 after');
  }
  return new Decimal(value);
}

/**
 * A resolver that answers a string has printed the decimal itself (an amount at its currency's
 * scale, `"15.00"`); a number or a decimal object is printed exactly, without trailing zeros.
 */
function serializeDecimal(value: unknown): string {
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) return value;
  return new Decimal(String(value)).toFixed();
}

export const DecimalScalar = new GraphQLScalarType<Decimal, string>({
  name: 'Decimal',
  description:
    'An exact decimal serialised as a string, never a float. Money and bonus amounts are printed with their currency’s two decimal places (`"100.50"`, `"15.00"`, `"0.00"`); quantities, percents, shares and exchange rates exactly, without trailing zeros (`"1.5"`). Inputs take up to 15 digits before the point and 6 after.',
  serialize: serializeDecimal,
  parseValue: parseDecimal,
  parseLiteral: literalParser(parseDecimal),
});

/** The scalar types every subgraph's builder declares, as resolvers see them. */
export type PlatformScalars = {
  DateTime: { Input: Date; Output: Date };
  Date: { Input: Date; Output: Date };
  Decimal: { Input: Decimal; Output: Decimal | string | { toString(): string } };
};
