-- CreateTable
CREATE TABLE "coupons" (
    "company_id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "offer_id" UUID NOT NULL,
    "member_id" UUID,
    "max_uses" INTEGER NOT NULL,
    "uses" INTEGER NOT NULL DEFAULT 0,
    "valid_to" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "coupons_pkey" PRIMARY KEY ("company_id","code")
);

-- CreateTable
CREATE TABLE "coupon_holds" (
    "purchase_id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "spent" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "coupon_holds_pkey" PRIMARY KEY ("purchase_id","code")
);

-- CreateIndex
CREATE INDEX "coupons_member_id_idx" ON "coupons"("member_id");

-- CreateIndex
CREATE INDEX "coupon_holds_company_id_code_idx" ON "coupon_holds"("company_id", "code");

