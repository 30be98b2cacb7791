-- AlterTable
ALTER TABLE "personal_offers" ADD COLUMN     "withdrawn" BOOLEAN NOT NULL DEFAULT false;

