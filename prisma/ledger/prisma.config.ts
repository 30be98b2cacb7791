import { subgraphPrismaConfig } from '../../infra/db/prisma-config';

export default subgraphPrismaConfig('ledger', __dirname);
