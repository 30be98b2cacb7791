-- For each member and card the view holds, the version the members subgraph gave it: a snapshot
-- replaces the view only when it is newer, so an event delivered late never undoes a later change.
ALTER TABLE "member_refs" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "card_refs" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 0;
