-- Tables every SmartDesk service has: the transactional outbox, the consumer log and stored
-- HTTP responses for Idempotency-Key. Versions 0.x belong to service-platform; services start at 1.

create table outbox_event (
    id             bigserial primary key,
    event_id       uuid        not null unique,
    topic          text        not null,
    message_key    text        not null,
    ce_type        text,                 -- null, as are the other ce_ columns and payload, for a tombstone
    ce_source      text,
    ce_dataschema  text,
    occurred_at    timestamptz not null,
    payload        text,
    created_at     timestamptz not null default now(),
    published_at   timestamptz
);

-- The relay reads only unpublished rows, in id order.
create index outbox_event_unpublished on outbox_event (id) where published_at is null;

-- Wakes the relay on commit (LISTEN outbox_event); one notification per inserting statement.
create function outbox_event_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('outbox_event', '');
    return null;
end;
$$;

create trigger outbox_event_inserted
    after insert on outbox_event
    for each statement execute function outbox_event_notify();

create table processed_event (
    event_id      uuid        not null,
    consumer      text        not null,
    processed_at  timestamptz not null default now(),
    primary key (event_id, consumer)
);

create table idempotent_request (
    scope          text        not null,
    idempotency_key text       not null,
    request_hash   text        not null,
    status         integer     not null,
    response_body  text        not null,
    created_at     timestamptz not null default now(),
    primary key (scope, idempotency_key)
);
