-- Retention (tw.smartdesk.platform.retention.Retention) prunes old rows of the platform tables in small
-- batches; these indexes let each batch find its rows without reading the table.

create index processed_event_processed_at on processed_event (processed_at);

create index idempotent_request_created_at on idempotent_request (created_at);

-- Only published rows are ever pruned; unpublished ones have their own index (outbox_event_unpublished).
create index outbox_event_published_at on outbox_event (published_at) where published_at is not null;
