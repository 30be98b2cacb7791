-- AlterTable
ALTER TABLE "purchases" ADD COLUMN     "accrual_lot_id" UUID;

-- CreateTable
CREATE TABLE "purchase_refunds" (
    "id" UUID NOT NULL,
    "purchase_id" UUID NOT NULL,
    "lines" JSONB NOT NULL,
    "bonus_returned" DECIMAL(18,2) NOT NULL,
    "accrual_taken_back" DECIMAL(18,2) NOT NULL,
    "accrual_forgiven" DECIMAL(18,2) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "purchase_refunds_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "purchase_refunds_purchase_id_idx" ON "purchase_refunds"("purchase_id");
