-- AlterTable
ALTER TABLE "member_refs" ADD COLUMN     "takes_e_receipts" BOOLEAN;
