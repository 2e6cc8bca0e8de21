-- Tables of the test-only probe application (service-platform's own tests).

-- What the idempotent probe consumer saw: one row per event, numbered per key in arrival order.
-- No unique constraint on event_id on purpose: a duplicate that slipped through would show up.
create table probe_receipt (
    id           bigserial   primary key,
    message_key  text        not null,
    arrival_seq  integer     not null,
    event_id     uuid        not null,
    sent_seq     integer,
    received_at  timestamptz not null default now(),
    unique (message_key, arrival_seq)
);

-- Written by the Idempotency-Key probe endpoint.
create table probe_order (
    id          uuid        primary key,
    item        text        not null,
    quantity    integer     not null,
    created_at  timestamptz not null
);
