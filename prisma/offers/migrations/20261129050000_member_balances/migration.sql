-- CreateTable
CREATE TABLE "member_balances" (
    "member_id" UUID NOT NULL,
    "currency" TEXT NOT NULL,
    "company_id" UUID NOT NULL,
    "active" DECIMAL(18,2) NOT NULL,
    "as_of" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "member_balances_pkey" PRIMARY KEY ("member_id","currency")
);

-- CreateIndex
CREATE INDEX "member_balances_company_id_currency_idx" ON "member_balances"("company_id", "currency");

