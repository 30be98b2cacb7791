-- CreateTable
CREATE TABLE "offer_snapshots" (
    "company_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "offers" JSONB NOT NULL,
    "published_at" TIMESTAMPTZ(3) NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "offer_snapshots_pkey" PRIMARY KEY ("company_id","version")
);
