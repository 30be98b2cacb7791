-- CreateTable
CREATE TABLE "offer_budgets" (
    "offer_id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "total" DECIMAL(18,2),
    "granted" DECIMAL(18,2) NOT NULL DEFAULT 0,

    CONSTRAINT "offer_budgets_pkey" PRIMARY KEY ("offer_id")
);

-- CreateTable
CREATE TABLE "offer_budget_slots" (
    "offer_id" UUID NOT NULL,
    "slot" SMALLINT NOT NULL,
    "granted" DECIMAL(18,2) NOT NULL DEFAULT 0,
    "spent" DECIMAL(18,2) NOT NULL DEFAULT 0,

    CONSTRAINT "offer_budget_slots_pkey" PRIMARY KEY ("offer_id","slot")
);

-- CreateTable
CREATE TABLE "offer_budget_uses" (
    "use_id" UUID NOT NULL,
    "offer_id" UUID NOT NULL,
    "slot" SMALLINT NOT NULL,
    "member_id" UUID,
    "amount" DECIMAL(18,2) NOT NULL,
    "spent" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "offer_budget_uses_pkey" PRIMARY KEY ("use_id","offer_id")
);

-- CreateIndex
CREATE INDEX "offer_budget_uses_offer_id_slot_spent_idx" ON "offer_budget_uses"("offer_id", "slot", "spent");

-- CreateIndex
CREATE INDEX "offer_budget_uses_offer_id_member_id_created_at_idx" ON "offer_budget_uses"("offer_id", "member_id", "created_at");

