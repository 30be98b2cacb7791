-- AlterTable
ALTER TABLE "member_facts" ADD COLUMN     "social_group_member" BOOLEAN NOT NULL DEFAULT false;

