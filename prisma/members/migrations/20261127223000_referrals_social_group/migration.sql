-- AlterTable
ALTER TABLE "members" ADD COLUMN     "referral_code" TEXT,
ADD COLUMN     "referred_by" UUID,
ADD COLUMN     "social_group_member" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE UNIQUE INDEX "members_company_id_referral_code_key" ON "members"("company_id", "referral_code");

