-- Every event about a member or card counts its version up (data/outbox-store.ts), so the
-- subgraphs keeping a view of them (the ledger) keep the newest state whatever order events and
-- read-throughs reach them in.
ALTER TABLE "members" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "cards" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
