-- CreateTable
CREATE TABLE "schedule_runs" (
    "offer_id" UUID NOT NULL,
    "occurrence" TEXT NOT NULL,
    "members" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "schedule_runs_pkey" PRIMARY KEY ("offer_id","occurrence")
);

