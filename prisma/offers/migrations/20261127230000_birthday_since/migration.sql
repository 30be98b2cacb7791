-- AlterTable
ALTER TABLE "member_facts" ADD COLUMN     "birthday_since" TIMESTAMPTZ(3);
