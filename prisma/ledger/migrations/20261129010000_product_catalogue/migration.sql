-- CreateTable
CREATE TABLE "catalogue_products" (
    "company_id" UUID NOT NULL,
    "sku" TEXT NOT NULL,
    "category" TEXT,
    "brand" TEXT,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "catalogue_products_pkey" PRIMARY KEY ("company_id","sku")
);

