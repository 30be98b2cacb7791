-- CreateEnum
CREATE TYPE "PurchaseState" AS ENUM ('PENDING', 'CONFIRMED', 'CANCELLED');

-- CreateTable
CREATE TABLE "purchases" (
    "id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "terminal_id" UUID NOT NULL,
    "point_of_sale_id" UUID NOT NULL,
    "member_id" UUID,
    "card_number" TEXT,
    "currency_id" UUID NOT NULL,
    "state" "PurchaseState" NOT NULL,
    "lines" JSONB NOT NULL,
    "subtotal" DECIMAL(18,2) NOT NULL,
    "discount" DECIMAL(18,2) NOT NULL,
    "rounding_correction" DECIMAL(18,2) NOT NULL,
    "total" DECIMAL(18,2) NOT NULL,
    "max_bonus_payment" DECIMAL(18,2) NOT NULL,
    "bonus_payment" DECIMAL(18,2) NOT NULL,
    "cash_due" DECIMAL(18,2) NOT NULL,
    "accrual" DECIMAL(18,2) NOT NULL,
    "accrual_activates_at" TIMESTAMPTZ(3),
    "accrual_expires_at" TIMESTAMPTZ(3),
    "hold_expires_at" TIMESTAMPTZ(3) NOT NULL,
    "local_time" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmed_at" TIMESTAMPTZ(3),
    "cancelled_at" TIMESTAMPTZ(3),
    "cancel_reason" TEXT,

    CONSTRAINT "purchases_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "idempotency_keys" (
    "terminal_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "operation" TEXT NOT NULL,
    "request_hash" TEXT NOT NULL,
    "purchase_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "idempotency_keys_pkey" PRIMARY KEY ("terminal_id","key")
);

-- CreateTable
CREATE TABLE "card_refs" (
    "company_id" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "card_id" UUID NOT NULL,
    "member_id" UUID,
    "blocked" BOOLEAN NOT NULL DEFAULT false,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "card_refs_pkey" PRIMARY KEY ("company_id","number")
);

-- CreateIndex
CREATE INDEX "purchases_member_id_state_idx" ON "purchases"("member_id", "state");

-- CreateIndex
CREATE INDEX "purchases_state_hold_expires_at_idx" ON "purchases"("state", "hold_expires_at");

-- CreateIndex
CREATE INDEX "card_refs_card_id_idx" ON "card_refs"("card_id");
