-- CreateEnum
CREATE TYPE "OperationOrigin" AS ENUM ('MANUAL', 'PURCHASE', 'RETURN', 'IMPORT');

-- CreateEnum
CREATE TYPE "LimitMetric" AS ENUM ('CARD_ACCRUAL_PER_PURCHASE', 'CARD_PAYMENT_PER_PURCHASE', 'CARD_ACCRUED', 'CARD_DEDUCTED', 'CARD_PURCHASE_ACCRUALS_AT_POINT_OF_SALE', 'CARD_MANUAL_OPERATIONS_AT_TERMINAL', 'CARD_PURCHASES_AT_TERMINAL', 'CARD_PURCHASES_AT_POINT_OF_SALE', 'CARD_MAX_BALANCE', 'TERMINAL_PURCHASE_ACCRUALS', 'TERMINAL_BONUS_PAYMENTS', 'TERMINAL_MANUAL_DEDUCTIONS', 'TERMINAL_MANUAL_ACCRUALS', 'POINT_OF_SALE_PURCHASES');

-- CreateEnum
CREATE TYPE "LimitPeriod" AS ENUM ('HOUR', 'DAY', 'WEEK', 'MONTH', 'TOTAL');

-- AlterTable
ALTER TABLE "member_refs" ADD COLUMN     "phone_key" TEXT;

-- AlterTable
ALTER TABLE "operations" ADD COLUMN     "opens_debt" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "origin" "OperationOrigin" NOT NULL DEFAULT 'MANUAL',
ADD COLUMN     "purchase_id" UUID;

-- AlterTable
ALTER TABLE "purchase_refunds" ADD COLUMN     "accrual_owed" DECIMAL(18,2) NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "purchases" ADD COLUMN     "occurred_at" TIMESTAMPTZ(3),
ADD COLUMN     "offline" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "payment_code_expires_at" TIMESTAMPTZ(3),
ADD COLUMN     "payment_code_hash" TEXT,
ADD COLUMN     "payment_code_tries" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "point_of_sale_refs" (
    "point_of_sale_id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "confirm_payment_by_sms" BOOLEAN NOT NULL DEFAULT false,
    "return_policy" TEXT NOT NULL DEFAULT 'WRITE_OFF_TO_NEGATIVE',
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "point_of_sale_refs_pkey" PRIMARY KEY ("point_of_sale_id")
);

-- CreateTable
CREATE TABLE "limits" (
    "id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "metric" "LimitMetric" NOT NULL,
    "period" "LimitPeriod",
    "currency_id" UUID,
    "subject_id" UUID,
    "alert_at" DECIMAL(18,2),
    "refuse_above" DECIMAL(18,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "limits_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "limit_alerts" (
    "id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "limit_id" UUID NOT NULL,
    "value" DECIMAL(18,2) NOT NULL,
    "boundary" DECIMAL(18,2) NOT NULL,
    "refused" BOOLEAN NOT NULL,
    "operation" TEXT NOT NULL,
    "member_id" UUID,
    "terminal_id" UUID,
    "point_of_sale_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "limit_alerts_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "limits_company_id_active_idx" ON "limits"("company_id", "active");

-- CreateIndex
CREATE INDEX "limit_alerts_company_id_created_at_idx" ON "limit_alerts"("company_id", "created_at");

-- CreateIndex
CREATE INDEX "member_refs_company_id_phone_key_idx" ON "member_refs"("company_id", "phone_key");

-- CreateIndex
CREATE INDEX "operations_account_id_recorded_at_idx" ON "operations"("account_id", "recorded_at");

-- CreateIndex
CREATE INDEX "operations_actor_id_recorded_at_idx" ON "operations"("actor_id", "recorded_at");

-- CreateIndex
CREATE INDEX "purchases_member_id_confirmed_at_idx" ON "purchases"("member_id", "confirmed_at");

-- CreateIndex
CREATE INDEX "purchases_terminal_id_confirmed_at_idx" ON "purchases"("terminal_id", "confirmed_at");

-- CreateIndex
CREATE INDEX "purchases_point_of_sale_id_confirmed_at_idx" ON "purchases"("point_of_sale_id", "confirmed_at");

-- AddForeignKey
ALTER TABLE "limit_alerts" ADD CONSTRAINT "limit_alerts_limit_id_fkey" FOREIGN KEY ("limit_id") REFERENCES "limits"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- CreateTable
CREATE TABLE "debts" (
    "operation_id" BIGINT NOT NULL,
    "account_id" UUID NOT NULL,
    "amount" DECIMAL(18,2) NOT NULL,
    "effective_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "debts_pkey" PRIMARY KEY ("operation_id")
);

-- CreateIndex
CREATE INDEX "debts_account_id_idx" ON "debts"("account_id");

-- AddForeignKey
ALTER TABLE "debts" ADD CONSTRAINT "debts_operation_id_fkey" FOREIGN KEY ("operation_id") REFERENCES "operations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- CreateIndex
CREATE INDEX "allocations_operation_id_idx" ON "allocations"("operation_id");

-- Backfill the origin of operations recorded before it existed.
UPDATE "operations" SET "origin" = 'IMPORT' WHERE "external_id" IS NOT NULL;
UPDATE "operations" SET "origin" = 'PURCHASE', "purchase_id" = substring("reason" from 10)::uuid
 WHERE "reason" ~ '^purchase [0-9a-f-]{36}$';
UPDATE "operations" SET "origin" = 'RETURN', "purchase_id" = substring("reason" from '[0-9a-f-]{36}$')::uuid
 WHERE "reason" ~ '^(return of purchase|refund of bonuses paid on purchase) [0-9a-f-]{36}$';
