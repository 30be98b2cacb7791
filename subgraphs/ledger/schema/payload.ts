import type { ObjectRef } from '@pothos/core';
import { builder, type LedgerTypes } from '../builder';
import { MutationError, type Outcome } from './errors';

/** The `errors` field every payload carries; empty on success. */
export function errorsField<T>(t: PothosSchemaTypes.ObjectFieldBuilder<LedgerTypes, Outcome<T>>) {
  return t.field({ type: [MutationError], resolve: (outcome) => outcome.errors });
}

/**
 * The payload of a mutation that yields one object: `{ <resultField>: T, errors: [MutationError!]! }`.
 * The result is null exactly when errors is not empty.
 */
export function payloadType<T>(name: string, resultField: string, resultType: ObjectRef<LedgerTypes, T>, description: string) {
  return builder.objectRef<Outcome<T>>(name).implement({
    description,
    fields: (t) => ({
      // Pothos cannot resolve its result-type conditionals for an open generic T; the ref fixes T.
      [resultField]: t.field({ type: resultType, nullable: true, resolve: (outcome) => outcome.result as never }),
      errors: errorsField(t),
    }),
  });
}
