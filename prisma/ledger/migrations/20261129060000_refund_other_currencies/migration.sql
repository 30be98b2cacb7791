-- AlterTable
ALTER TABLE "purchase_refunds" ADD COLUMN     "other_currencies" JSONB NOT NULL DEFAULT '[]';

