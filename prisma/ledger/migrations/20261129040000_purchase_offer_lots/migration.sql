-- AlterTable
ALTER TABLE "purchases" ADD COLUMN     "offer_lot_ids" UUID[] DEFAULT ARRAY[]::UUID[];

