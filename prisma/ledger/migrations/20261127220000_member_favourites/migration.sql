-- CreateTable
CREATE TABLE "member_favourites" (
    "member_id" UUID NOT NULL,
    "list_id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "skus" TEXT[],
    "changed_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "member_favourites_pkey" PRIMARY KEY ("member_id","list_id")
);

