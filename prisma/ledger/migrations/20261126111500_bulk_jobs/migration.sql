-- Bulk requests (imports, bulk accruals) run as resumable jobs, once per idempotency key of the caller.
-- CreateEnum
CREATE TYPE "BulkJobKind" AS ENUM ('IMPORT_OPERATIONS', 'ACCRUE_BULK');

-- CreateEnum
CREATE TYPE "BulkJobState" AS ENUM ('QUEUED', 'RUNNING', 'COMPLETED');

-- CreateTable
CREATE TABLE "bulk_jobs" (
    "id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "caller_id" UUID NOT NULL,
    "caller_role" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "request_hash" TEXT NOT NULL,
    "kind" "BulkJobKind" NOT NULL,
    "state" "BulkJobState" NOT NULL,
    "rows" JSONB NOT NULL,
    "total" INTEGER NOT NULL,
    "processed" INTEGER NOT NULL DEFAULT 0,
    "applied" INTEGER NOT NULL DEFAULT 0,
    "skipped" JSONB NOT NULL DEFAULT '[]',
    "rejected" JSONB NOT NULL DEFAULT '[]',
    "touched" UUID[] DEFAULT ARRAY[]::UUID[],
    "lease_until" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "started_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "bulk_jobs_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "bulk_jobs_state_lease_until_idx" ON "bulk_jobs"("state", "lease_until");

-- CreateIndex
CREATE UNIQUE INDEX "bulk_jobs_caller_id_key_key" ON "bulk_jobs"("caller_id", "key");

