-- Retention (tw.smartdesk.platform.retention.Retention) prunes old rows of the platform tables in small
-- batches; these indexes let each batch find its rows without reading the table.

create index processed_event_processed_at on processed_event (processed_at);

create index idempotent_request_created_at on idempotent_request (created_at);

-- Only published rows are ever pruned; unpublished ones have their own index (outbox_event_unpublished).
create index outbox_event_published_at on outbox_event (published_at) where published_at is not null;

-- Erasure forgets the stored answers that mention an applicant. Every string value of a JSON field named
-- applicantRef, at any depth of the stored answer, is kept in mentions, so that look-up is an index probe
-- (mentions @> array[ref]) instead of a text search through every answer. A generated column: the values
-- are derived in one place, for rows stored before this migration too, and can never be missed by a writer.
-- response_body is always JSON (IdempotentRequests writes it with Jackson).
create function idempotent_request_mentions(response_body text) returns text[]
    language sql immutable strict parallel safe
as $$
    select array(select distinct jsonb_path_query(response_body::jsonb,
                                                  'strict $.**.applicantRef ? (@.type() == "string")') #>> '{}')
$$;

alter table idempotent_request
    add column mentions text[] not null generated always as (idempotent_request_mentions(response_body)) stored;

create index idempotent_request_mentions on idempotent_request using gin (mentions);
