-- Members: the language and time zone messages follow, and marketing consents per channel.
CREATE TYPE "Channel" AS ENUM ('SMS', 'EMAIL', 'PUSH', 'VIBER', 'SOCIAL');
CREATE TYPE "ConsentSource" AS ENUM ('REGISTRATION', 'MEMBER', 'STAFF', 'STOP_REPLY', 'UNSUBSCRIBE');

ALTER TABLE "members" ADD COLUMN "language" TEXT,
ADD COLUMN "time_zone" TEXT;

CREATE TABLE "marketing_consents" (
    "member_id" UUID NOT NULL,
    "channel" "Channel" NOT NULL,
    "granted" BOOLEAN NOT NULL,
    "changed_at" TIMESTAMPTZ(3) NOT NULL,
    "source" "ConsentSource" NOT NULL,
    CONSTRAINT "marketing_consents_pkey" PRIMARY KEY ("member_id","channel")
);

ALTER TABLE "marketing_consents" ADD CONSTRAINT "marketing_consents_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE CASCADE;
