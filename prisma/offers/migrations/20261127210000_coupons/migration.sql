-- CreateTable
CREATE TABLE "coupons" (
    "id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "offer_id" UUID NOT NULL,
    "member_id" UUID,
    "max_uses" INTEGER NOT NULL,
    "valid_to" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "coupons_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "coupons_offer_id_idx" ON "coupons"("offer_id");

-- CreateIndex
CREATE INDEX "coupons_member_id_idx" ON "coupons"("member_id");

-- CreateIndex
CREATE UNIQUE INDEX "coupons_company_id_code_key" ON "coupons"("company_id", "code");

