-- CreateTable
CREATE TABLE "alert_recipients" (
    "company_id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "alert_recipients_pkey" PRIMARY KEY ("company_id","email")
);
