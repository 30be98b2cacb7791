import { subgraphPrismaConfig } from '../../infra/db/prisma-config';

export default subgraphPrismaConfig('communications', __dirname);
