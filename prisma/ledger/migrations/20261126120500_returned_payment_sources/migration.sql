-- Paid bonuses a return gives back keep the expiry of the lots the payment drew.
-- AlterTable
ALTER TABLE "returned_payments" ADD COLUMN     "purchase_id" UUID,
ADD COLUMN     "source_lot_id" UUID;

-- CreateIndex
CREATE INDEX "returned_payments_purchase_id_idx" ON "returned_payments"("purchase_id");

