-- AlterTable
ALTER TABLE "lots" ADD COLUMN     "expiry_warned_at" TIMESTAMPTZ(3);
