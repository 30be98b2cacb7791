-- CreateEnum
CREATE TYPE "SpendingOrder" AS ENUM ('EXPIRING_FIRST', 'OLDEST_FIRST', 'NEWEST_FIRST');

-- CreateEnum
CREATE TYPE "OperationKind" AS ENUM ('ACCRUAL', 'PAYMENT', 'DEDUCTION');

-- CreateEnum
CREATE TYPE "AllocationKind" AS ENUM ('PAYMENT', 'DEDUCTION');

-- CreateTable
CREATE TABLE "currencies" (
    "id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "exchange_rate" DECIMAL(18,6) NOT NULL,
    "is_default" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "currencies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "program_rules" (
    "currency_id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "base_accrual_percent" DECIMAL(9,4) NOT NULL DEFAULT 0,
    "activation_delay_days" INTEGER NOT NULL DEFAULT 0,
    "lifetime_days" INTEGER,
    "max_payment_share" DECIMAL(5,4) NOT NULL DEFAULT 0,
    "rounding_step" DECIMAL(12,4) NOT NULL DEFAULT 0.01,
    "spending_order" "SpendingOrder" NOT NULL DEFAULT 'EXPIRING_FIRST',
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "program_rules_pkey" PRIMARY KEY ("currency_id")
);

-- CreateTable
CREATE TABLE "accounts" (
    "id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "currency_id" UUID NOT NULL,
    "member_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "accounts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "lots" (
    "id" UUID NOT NULL,
    "account_id" UUID NOT NULL,
    "operation_id" BIGINT NOT NULL,
    "amount" DECIMAL(18,2) NOT NULL,
    "remaining" DECIMAL(18,2) NOT NULL,
    "effective_at" TIMESTAMPTZ(3) NOT NULL,
    "activates_at" TIMESTAMPTZ(3) NOT NULL,
    "expires_at" TIMESTAMPTZ(3),

    CONSTRAINT "lots_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "operations" (
    "id" BIGSERIAL NOT NULL,
    "account_id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "member_id" UUID NOT NULL,
    "kind" "OperationKind" NOT NULL,
    "amount" DECIMAL(18,2) NOT NULL,
    "effective_at" TIMESTAMPTZ(3) NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_kind" TEXT NOT NULL,
    "actor_id" TEXT,
    "channel" TEXT,
    "reason" TEXT,
    "external_id" TEXT,

    CONSTRAINT "operations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "allocations" (
    "id" BIGSERIAL NOT NULL,
    "account_id" UUID NOT NULL,
    "lot_id" UUID NOT NULL,
    "operation_id" BIGINT NOT NULL,
    "kind" "AllocationKind" NOT NULL,
    "amount" DECIMAL(18,2) NOT NULL,
    "effective_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "allocations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "checkpoints" (
    "account_id" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "accrued_gross" DECIMAL(18,2) NOT NULL,
    "payments" DECIMAL(18,2) NOT NULL,
    "deductions" DECIMAL(18,2) NOT NULL,
    "expired" DECIMAL(18,2) NOT NULL,

    CONSTRAINT "checkpoints_pkey" PRIMARY KEY ("account_id","at")
);

-- CreateTable
CREATE TABLE "member_refs" (
    "member_id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "state" TEXT NOT NULL,
    "family_id" UUID,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "member_refs_pkey" PRIMARY KEY ("member_id")
);

-- CreateTable
CREATE TABLE "company_refs" (
    "company_id" UUID NOT NULL,
    "spending_states" TEXT[],
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "company_refs_pkey" PRIMARY KEY ("company_id")
);

-- CreateTable
CREATE TABLE "processed_events" (
    "event_id" UUID NOT NULL,
    "processed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "processed_events_pkey" PRIMARY KEY ("event_id")
);

-- CreateTable
CREATE TABLE "outbox_events" (
    "id" BIGSERIAL NOT NULL,
    "event_id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "company_id" UUID NOT NULL,
    "member_id" UUID,
    "payload" JSONB NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "published_at" TIMESTAMPTZ(3),

    CONSTRAINT "outbox_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "currencies_company_id_idx" ON "currencies"("company_id");

-- CreateIndex
CREATE UNIQUE INDEX "currencies_company_id_code_key" ON "currencies"("company_id", "code");

-- CreateIndex
CREATE INDEX "accounts_company_id_idx" ON "accounts"("company_id");

-- CreateIndex
CREATE UNIQUE INDEX "accounts_member_id_currency_id_key" ON "accounts"("member_id", "currency_id");

-- CreateIndex
CREATE INDEX "lots_account_id_effective_at_idx" ON "lots"("account_id", "effective_at");

-- CreateIndex
CREATE INDEX "lots_account_id_activates_at_idx" ON "lots"("account_id", "activates_at");

-- CreateIndex
CREATE INDEX "lots_account_id_expires_at_idx" ON "lots"("account_id", "expires_at");

-- CreateIndex
CREATE INDEX "operations_account_id_effective_at_idx" ON "operations"("account_id", "effective_at");

-- CreateIndex
CREATE UNIQUE INDEX "operations_company_id_external_id_key" ON "operations"("company_id", "external_id");

-- CreateIndex
CREATE INDEX "allocations_account_id_effective_at_idx" ON "allocations"("account_id", "effective_at");

-- CreateIndex
CREATE INDEX "allocations_lot_id_idx" ON "allocations"("lot_id");

-- CreateIndex
CREATE INDEX "member_refs_company_id_idx" ON "member_refs"("company_id");

-- CreateIndex
CREATE INDEX "member_refs_family_id_idx" ON "member_refs"("family_id");

-- CreateIndex
CREATE UNIQUE INDEX "outbox_events_event_id_key" ON "outbox_events"("event_id");

-- CreateIndex
CREATE INDEX "outbox_events_published_at_id_idx" ON "outbox_events"("published_at", "id");

-- CreateIndex
CREATE INDEX "outbox_events_member_id_idx" ON "outbox_events"("member_id");

-- AddForeignKey
ALTER TABLE "program_rules" ADD CONSTRAINT "program_rules_currency_id_fkey" FOREIGN KEY ("currency_id") REFERENCES "currencies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_currency_id_fkey" FOREIGN KEY ("currency_id") REFERENCES "currencies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lots" ADD CONSTRAINT "lots_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lots" ADD CONSTRAINT "lots_operation_id_fkey" FOREIGN KEY ("operation_id") REFERENCES "operations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "operations" ADD CONSTRAINT "operations_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "allocations" ADD CONSTRAINT "allocations_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "allocations" ADD CONSTRAINT "allocations_lot_id_fkey" FOREIGN KEY ("lot_id") REFERENCES "lots"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "allocations" ADD CONSTRAINT "allocations_operation_id_fkey" FOREIGN KEY ("operation_id") REFERENCES "operations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "checkpoints" ADD CONSTRAINT "checkpoints_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;
