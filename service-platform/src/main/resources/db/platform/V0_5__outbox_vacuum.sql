-- outbox_event is a queue: every row is inserted, then updated once (published_at) or deleted (restricted topics).
-- Each of those leaves a dead entry in the partial index the relay reads (outbox_event_unpublished) until VACUUM
-- removes it. With the default trigger (20 % of the table dead) a table that keeps its published rows for days
-- carries hundreds of thousands of dead entries between two vacuums, and the relay's query walks them all: 456 ms
-- for a query that found nothing after a benchmark run, 0.05 ms after a VACUUM. Vacuum after every 5000 dead rows.
alter table outbox_event set (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 5000,
                              autovacuum_analyze_scale_factor = 0, autovacuum_analyze_threshold = 5000);
