-- Look-ups by card or phone that found nobody, counted per terminal to slow enumeration.
-- CreateTable
CREATE TABLE "lookup_throttles" (
    "terminal_id" UUID NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "window_start" TIMESTAMPTZ(3) NOT NULL,
    "locked_until" TIMESTAMPTZ(3),

    CONSTRAINT "lookup_throttles_pkey" PRIMARY KEY ("terminal_id")
);

