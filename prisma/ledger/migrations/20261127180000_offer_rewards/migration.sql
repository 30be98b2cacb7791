-- AlterEnum
ALTER TYPE "OperationOrigin" ADD VALUE 'OFFER';
-- CreateTable
CREATE TABLE "offer_rewards" (
    "offer_id" UUID NOT NULL,
    "member_id" UUID NOT NULL,
    "occurrence" TEXT NOT NULL,
    "action_index" INTEGER NOT NULL,
    "company_id" UUID NOT NULL,
    "operation_id" BIGINT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "offer_rewards_pkey" PRIMARY KEY ("offer_id","member_id","occurrence","action_index")
);
-- CreateIndex
CREATE INDEX "offer_rewards_member_id_idx" ON "offer_rewards"("member_id");
