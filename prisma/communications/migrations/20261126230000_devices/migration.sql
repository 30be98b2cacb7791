-- Communications: members' app installations (push tokens), and the device a push message goes to.
CREATE TYPE "PushService" AS ENUM ('FCM', 'APNS', 'HMS');

ALTER TABLE "messages" ADD COLUMN "device_id" UUID;

CREATE TABLE "devices" (
    "id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "member_id" UUID NOT NULL,
    "service" "PushService" NOT NULL,
    "token" TEXT NOT NULL,
    "registered_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "retired_at" TIMESTAMPTZ(3),
    "retired_reason" TEXT,
    CONSTRAINT "devices_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "devices_member_id_retired_at_idx" ON "devices"("member_id", "retired_at");
CREATE UNIQUE INDEX "devices_company_id_service_token_key" ON "devices"("company_id", "service", "token");
