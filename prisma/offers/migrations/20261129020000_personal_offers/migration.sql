-- CreateTable
CREATE TABLE "personal_offers" (
    "id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "external_id" TEXT NOT NULL,
    "member_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "rule" JSONB NOT NULL,
    "valid_from" TIMESTAMPTZ(3) NOT NULL,
    "valid_to" TIMESTAMPTZ(3) NOT NULL,
    "withdrawn_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "personal_offers_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "personal_offers_member_id_idx" ON "personal_offers"("member_id");

-- CreateIndex
CREATE UNIQUE INDEX "personal_offers_company_id_external_id_key" ON "personal_offers"("company_id", "external_id");

