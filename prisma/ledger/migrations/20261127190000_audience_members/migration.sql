-- CreateTable
CREATE TABLE "audience_members" (
    "member_id" UUID NOT NULL,
    "audience_id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "present" BOOLEAN NOT NULL,

    CONSTRAINT "audience_members_pkey" PRIMARY KEY ("member_id","audience_id")
);

