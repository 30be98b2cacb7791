-- Delivery reports find their message by the provider and its id for it, through a btree: the GIN index over the
-- arrays of the messages answered in tens of milliseconds once its pending list filled under a mailing.
-- DropIndex
DROP INDEX "messages_provider_message_ids_idx";

-- CreateTable
CREATE TABLE "provider_message_refs" (
    "provider_id" UUID NOT NULL,
    "provider_message_id" TEXT NOT NULL,
    "message_id" UUID NOT NULL,

    CONSTRAINT "provider_message_refs_pkey" PRIMARY KEY ("provider_id","provider_message_id")
);

-- CreateIndex
CREATE INDEX "provider_message_refs_message_id_idx" ON "provider_message_refs"("message_id");

-- AddForeignKey
ALTER TABLE "provider_message_refs" ADD CONSTRAINT "provider_message_refs_message_id_fkey" FOREIGN KEY ("message_id") REFERENCES "messages"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Messages already sent keep being found by their reports.
INSERT INTO "provider_message_refs" ("provider_id", "provider_message_id", "message_id")
  SELECT "provider_id", unnest("provider_message_ids"), "id" FROM "messages" WHERE "provider_id" IS NOT NULL
  ON CONFLICT DO NOTHING;
