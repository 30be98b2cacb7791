/** Who records an operation and through which channel: closed sets, written by services/till.ts and listed by the API. */

/** An operator in the back office, a terminal at a till, or an offer rewarding a member's action. Lower case: the values stored since the first operation. */
export type OperationActorKind = 'operator' | 'terminal' | 'offer';

/** The back office (operators, imports, bulk accruals), a till (terminals), or the platform itself (offers' rewards). */
export type OperationChannel = 'ADMIN' | 'POS' | 'SYSTEM';
