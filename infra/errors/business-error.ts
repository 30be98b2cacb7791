import { isMalformedValue } from '../db/sql-state';

/**
 * An expected business failure (limit reached, card blocked, insufficient balance…). Use cases
 * throw it inside their transaction, which then rolls back; the API turns it into a payload error
 * `{ code, message, field }` that clients branch on. Anything else is a bug or a permission failure.
 */
export class BusinessError<Code extends string = string> extends Error {
  constructor(
    readonly code: Code,
    message: string,
    readonly field: string | null = null,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Several input problems at once, so a form can mark every bad field in one round trip. */
export class ValidationErrors extends Error {
  constructor(readonly errors: BusinessError[]) {
    super(errors.map((error) => error.message).join('; '));
    this.name = 'ValidationErrors';
  }
}

/** A refusal as clients see it. Plain data: graphql-js would treat an Error instance as a field error. */
export interface PayloadError {
  code: string;
  message: string;
  field: string | null;
}

/** What a mutation resolver hands its payload type: the result, or the reasons it was refused. */
export interface Outcome<T> {
  result: T | null;
  errors: PayloadError[];
}

const toPayloadError = (error: BusinessError): PayloadError => ({ code: error.code, message: error.message, field: error.field });

/** Runs a use case and turns its business failures into payload errors; other errors propagate. */
export async function attempt<T>(run: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { result: await run(), errors: [] };
  } catch (error) {
    if (error instanceof ValidationErrors) return { result: null, errors: error.errors.map(toPayloadError) };
    if (error instanceof BusinessError) return { result: null, errors: [toPayloadError(error)] };
    // The database could not read a value as its type (an id that is not a UUID): refused, nothing changed.
    if (isMalformedValue(error))
      return { result: null, errors: [{ code: 'INVALID_INPUT', message: 'A value is malformed (an id that is not a UUID?)', field: null }] };
    throw error;
  }
}
