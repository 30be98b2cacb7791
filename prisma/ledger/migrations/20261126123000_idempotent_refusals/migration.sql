-- A call refused under an idempotency key is refused the same way when replayed.
-- AlterTable
ALTER TABLE "idempotency_keys" ADD COLUMN     "refusal" JSONB;

