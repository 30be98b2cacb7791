-- CreateTable
CREATE TABLE "offer_reward_phones" (
    "offer_id" UUID NOT NULL,
    "phone_claim" TEXT NOT NULL,
    "occurrence" TEXT NOT NULL,
    "action_index" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "offer_reward_phones_pkey" PRIMARY KEY ("offer_id","phone_claim","occurrence","action_index")
);

