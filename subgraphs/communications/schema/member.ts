import { builder } from '../builder';

/** The members subgraph owns Member; this subgraph adds what the member was sent (inbox.ts) and their tickets (tickets.ts). */
export const MemberRef = builder.externalRef('Member', builder.selection<{ id: string }>('id')).implement({
  description: 'A member of the loyalty program (owned by the members subgraph), with their inbox and tickets to support.',
  externalFields: (t) => ({ id: t.id({ description: 'The member’s id.' }) }),
});
