/** Who records an operation and through which channel: closed sets, written by services/till.ts and listed by the API. */

/** An operator in the back office, or a terminal at a till. Lower case: the values stored since the first operation. */
export type OperationActorKind = 'operator' | 'terminal';

/** The back office (operators, imports, bulk accruals) or a till (terminals). */
export type OperationChannel = 'ADMIN' | 'POS';
