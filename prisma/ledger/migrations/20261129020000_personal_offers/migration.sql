-- CreateTable
CREATE TABLE "personal_offers" (
    "id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "member_id" UUID NOT NULL,
    "rule" JSONB NOT NULL,
    "valid_from" TIMESTAMPTZ(3) NOT NULL,
    "valid_to" TIMESTAMPTZ(3) NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "personal_offers_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "personal_offers_member_id_valid_to_idx" ON "personal_offers"("member_id", "valid_to");

-- CreateIndex
CREATE INDEX "personal_offers_company_id_idx" ON "personal_offers"("company_id");

