-- Idempotency keys serve manual operations too: keyed per caller, answering with a purchase or an operation id.
ALTER TABLE "idempotency_keys" RENAME CONSTRAINT "idempotency_keys_pkey" TO "idempotency_keys_pkey_old";
ALTER TABLE "idempotency_keys" RENAME COLUMN "terminal_id" TO "caller_id";
ALTER TABLE "idempotency_keys" RENAME COLUMN "purchase_id" TO "result_id";
ALTER TABLE "idempotency_keys" ALTER COLUMN "result_id" SET DATA TYPE TEXT;
ALTER TABLE "idempotency_keys" RENAME CONSTRAINT "idempotency_keys_pkey_old" TO "idempotency_keys_pkey";
