import { randomUUID } from 'node:crypto';
import { CreateCampaignDocument, CreateMailingDocument, PauseMailingDocument, StartMailingDocument } from '../e2e/__generated__/operations';
import { request } from '../support/graphql-client';
import type { MatrixOperation } from './authorisation-matrix-operations';
import type { World } from './authorisation-matrix-world';

/** The communications subgraph's mailing rows of the authorisation matrix: each acts on a mailing or campaign of the home company. */

const MAILING = { name: 'Matrix mailing', channel: 'SMS' as const, content: { text: 'Hello {{firstName}}' } };
/** A start a day ahead: a started row's mailing stays SCHEDULED and sends nothing. */
const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString();

const homeMailingIds = new Set<string>();
const homeCampaignIds = new Set<string>();

type Step = 'start' | 'pause';

/** A new draft of the home company, moved by its admin through the steps a row starts from. */
async function homeMailing(world: World, steps: Step[] = []): Promise<string> {
  const token = world.home.adminToken;
  const { createMailing } = await request(world.url, CreateMailingDocument, { input: MAILING }, { token });
  const mailingId = createMailing.mailing?.id as string;
  homeMailingIds.add(mailingId);
  for (const step of steps) {
    if (step === 'start') await request(world.url, StartMailingDocument, { input: { mailingId, startAt: tomorrow() } }, { token });
    else await request(world.url, PauseMailingDocument, { input: { mailingId } }, { token });
  }
  return mailingId;
}

async function homeCampaign(world: World): Promise<string> {
  const input = { name: `Matrix campaign ${randomUUID().slice(0, 8)}` };
  const { createCampaign } = await request(world.url, CreateCampaignDocument, { input }, { token: world.home.adminToken });
  const campaignId = createCampaign.campaign?.id as string;
  homeCampaignIds.add(campaignId);
  return campaignId;
}

const mailingStep = (name: string, steps: Step[]): MatrixOperation => ({
  document: `mutation($input: MailingIdInput!) { ${name}(input: $input) { errors { code } } }`,
  prepare: async (world, cell) => ({ variables: { input: { mailingId: await cell.subject(() => homeMailing(world, steps)) } } }),
});

const listed = (ids: Set<string>) => (value: unknown) => ((value as Array<{ id: string }>).some((row) => ids.has(row.id)) ? 'allowed' : 'hidden');

export const MAILING_OPERATIONS: Record<string, MatrixOperation> = {
  campaigns: {
    document: 'query { campaigns { id } }',
    prepare: async (world, cell) => {
      await cell.subject(() => homeCampaign(world));
      return { variables: {} };
    },
    judge: listed(homeCampaignIds),
  },
  mailings: {
    document: 'query { mailings(first: 200) { id } }',
    prepare: async (world, cell) => {
      await cell.subject(() => homeMailing(world));
      return { variables: {} };
    },
    judge: listed(homeMailingIds),
  },
  mailing: {
    document: 'query($id: ID!) { mailing(id: $id) { id } }',
    prepare: async (world, cell) => ({ variables: { id: await cell.subject(() => homeMailing(world)) } }),
  },
  createCampaign: {
    document: 'mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { errors { code } } }',
    prepare: async () => ({ variables: { input: { name: `Matrix campaign ${randomUUID().slice(0, 8)}` } } }),
  },
  createMailing: {
    document: 'mutation($input: CreateMailingInput!) { createMailing(input: $input) { errors { code } } }',
    prepare: async () => ({ variables: { input: MAILING } }),
  },
  updateMailing: {
    document: 'mutation($input: UpdateMailingInput!) { updateMailing(input: $input) { errors { code } } }',
    prepare: async (world, cell) => ({ variables: { input: { mailingId: await cell.subject(() => homeMailing(world)), name: 'Renamed' } } }),
  },
  startMailing: {
    document: 'mutation($input: StartMailingInput!) { startMailing(input: $input) { errors { code } } }',
    prepare: async (world, cell) => ({ variables: { input: { mailingId: await cell.subject(() => homeMailing(world)), startAt: tomorrow() } } }),
  },
  pauseMailing: mailingStep('pauseMailing', ['start']),
  resumeMailing: mailingStep('resumeMailing', ['start', 'pause']),
  cancelMailing: mailingStep('cancelMailing', []),
};
