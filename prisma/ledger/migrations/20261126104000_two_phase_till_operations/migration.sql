-- Returns and the manual operations of a cashier at a till are two-phase like purchases, and operations
-- made at a till name their point of sale and terminal (what the settlement of a point of sale sums).
-- AlterTable
ALTER TABLE "operations" ADD COLUMN     "point_of_sale_id" UUID,
ADD COLUMN     "terminal_id" UUID;

-- AlterTable
ALTER TABLE "purchase_refunds" ADD COLUMN     "cancel_reason" TEXT,
ADD COLUMN     "cancelled_at" TIMESTAMPTZ(3),
ADD COLUMN     "confirmed_at" TIMESTAMPTZ(3),
ADD COLUMN     "currency_id" UUID,
ADD COLUMN     "hold" DECIMAL(18,2) NOT NULL DEFAULT 0,
ADD COLUMN     "hold_expires_at" TIMESTAMPTZ(3),
ADD COLUMN     "member_id" UUID,
ADD COLUMN     "point_of_sale_id" UUID,
ADD COLUMN     "state" "PurchaseState" NOT NULL DEFAULT 'CONFIRMED',
ADD COLUMN     "terminal_id" UUID;

-- CreateTable
CREATE TABLE "manual_operations" (
    "id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "terminal_id" UUID NOT NULL,
    "point_of_sale_id" UUID NOT NULL,
    "member_id" UUID NOT NULL,
    "card_number" TEXT,
    "currency_id" UUID NOT NULL,
    "kind" "OperationKind" NOT NULL,
    "amount" DECIMAL(18,2) NOT NULL,
    "reason" TEXT NOT NULL,
    "activates_at" TIMESTAMPTZ(3),
    "expires_at" TIMESTAMPTZ(3),
    "state" "PurchaseState" NOT NULL,
    "hold_expires_at" TIMESTAMPTZ(3) NOT NULL,
    "code_hash" TEXT,
    "code_tries" INTEGER NOT NULL DEFAULT 0,
    "code_expires_at" TIMESTAMPTZ(3),
    "operation_id" BIGINT,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "confirmed_at" TIMESTAMPTZ(3),
    "cancelled_at" TIMESTAMPTZ(3),
    "cancel_reason" TEXT,

    CONSTRAINT "manual_operations_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "manual_operations_member_id_state_idx" ON "manual_operations"("member_id", "state");

-- CreateIndex
CREATE INDEX "manual_operations_state_hold_expires_at_idx" ON "manual_operations"("state", "hold_expires_at");

-- CreateIndex
CREATE INDEX "operations_point_of_sale_id_recorded_at_idx" ON "operations"("point_of_sale_id", "recorded_at");

-- CreateIndex
CREATE INDEX "purchase_refunds_member_id_state_idx" ON "purchase_refunds"("member_id", "state");

-- CreateIndex
CREATE INDEX "purchase_refunds_state_hold_expires_at_idx" ON "purchase_refunds"("state", "hold_expires_at");

