-- AlterTable
ALTER TABLE "messages" DROP COLUMN "provider_message_id",
ADD COLUMN     "provider_message_ids" TEXT[];
-- CreateIndex
CREATE INDEX "messages_provider_message_ids_idx" ON "messages" USING GIN ("provider_message_ids");
