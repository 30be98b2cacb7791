-- Communications: companies' own wording of each kind of message, per channel and language.
CREATE TABLE "message_templates" (
    "company_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "channel" "Channel" NOT NULL,
    "language" TEXT NOT NULL,
    "subject" TEXT,
    "text" TEXT NOT NULL,
    "html" TEXT,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "message_templates_pkey" PRIMARY KEY ("company_id","kind","channel","language")
);
