-- The dispatcher claims the rows not yet published in id order. Through the index on (published_at, id)
-- the planner took a bitmap scan, which visits every row version still indexed as unpublished: each
-- publish leaves one until a vacuum, so a claim grew from 0.02 ms to about 6 ms within a few minutes
-- of a busy till (issue 10's bench: 0.35 to 1.5 ms of the server's time a purchase). Through a partial
-- index of those rows in id order, which the published versions leave, the claims stayed at 0.07 ms a
-- purchase over five phases of that bench. Prisma's schema cannot describe it (its diff leaves it alone),
-- so the OutboxEvent model names it in a comment.

-- DropIndex
DROP INDEX "outbox_events_published_at_id_idx";

CREATE INDEX "outbox_events_pending_idx" ON "outbox_events" ("id") WHERE "published_at" IS NULL;
