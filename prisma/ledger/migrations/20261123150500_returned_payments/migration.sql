-- CreateTable
CREATE TABLE "returned_payments" (
    "lot_id" UUID NOT NULL,
    "account_id" UUID NOT NULL,
    "amount" DECIMAL(18,2) NOT NULL,
    "effective_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "returned_payments_pkey" PRIMARY KEY ("lot_id")
);

-- CreateIndex
CREATE INDEX "returned_payments_account_id_idx" ON "returned_payments"("account_id");

-- Paid bonuses returned before this table existed.
INSERT INTO "returned_payments" ("lot_id", "account_id", "amount", "effective_at")
SELECT l.id, l.account_id, l.amount, l.effective_at
  FROM "lots" l JOIN "operations" o ON o.id = l.operation_id
 WHERE o.reason LIKE 'refund of bonuses paid on purchase %';
