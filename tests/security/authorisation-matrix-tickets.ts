import { OpenTicketDocument } from '../e2e/__generated__/operations';
import { request } from '../support/graphql-client';
import type { MatrixOperation } from './authorisation-matrix-operations';
import type { World } from './authorisation-matrix-world';

/** The communications subgraph's feedback rows of the authorisation matrix: each acts on a ticket the subject member opened. */

const QUESTION = { topic: 'Matrix question', text: 'Where are my points?' };
const homeTicketIds = new Set<string>();

async function subjectTicket(world: World): Promise<string> {
  const { openTicket } = await request(world.url, OpenTicketDocument, { input: QUESTION }, { token: world.subject.token });
  const ticketId = openTicket.ticket?.id as string;
  homeTicketIds.add(ticketId);
  return ticketId;
}

export const TICKET_OPERATIONS: Record<string, MatrixOperation> = {
  tickets: {
    document: 'query { tickets(first: 200) { id } }',
    prepare: async (world, cell) => {
      await cell.subject(() => subjectTicket(world));
      return { variables: {} };
    },
    judge: (value) => ((value as Array<{ id: string }>).some((row) => homeTicketIds.has(row.id)) ? 'allowed' : 'hidden'),
  },
  ticket: {
    document: 'query($id: ID!) { ticket(id: $id) { id } }',
    prepare: async (world, cell) => ({ variables: { id: await cell.subject(() => subjectTicket(world)) } }),
  },
  openTicket: {
    document: 'mutation($input: OpenTicketInput!) { openTicket(input: $input) { errors { code } } }',
    prepare: async () => ({ variables: { input: QUESTION } }),
  },
  replyToTicket: {
    document: 'mutation($input: ReplyToTicketInput!) { replyToTicket(input: $input) { errors { code } } }',
    prepare: async (world, cell) => ({ variables: { input: { ticketId: await cell.subject(() => subjectTicket(world)), text: 'Matrix reply' } } }),
  },
  setTicketState: {
    document: 'mutation($input: SetTicketStateInput!) { setTicketState(input: $input) { errors { code } } }',
    prepare: async (world, cell) => ({ variables: { input: { ticketId: await cell.subject(() => subjectTicket(world)), state: 'CLOSED' } } }),
  },
};
