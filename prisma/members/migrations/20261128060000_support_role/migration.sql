-- Support agents, who answer members' tickets.
-- AlterEnum
ALTER TYPE "OperatorRole" ADD VALUE 'SUPPORT';

