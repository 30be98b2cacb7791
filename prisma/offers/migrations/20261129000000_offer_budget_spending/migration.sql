-- CreateTable
CREATE TABLE "offer_budget_spending" (
    "offer_id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "spent" DECIMAL(18,2) NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "offer_budget_spending_pkey" PRIMARY KEY ("offer_id")
);

