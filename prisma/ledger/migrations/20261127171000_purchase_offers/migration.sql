-- AlterTable
ALTER TABLE "purchases" ADD COLUMN     "offers" JSONB;
