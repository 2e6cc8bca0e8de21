-- Dead letters an operator has moved back to their topic (POST /admin/dead-letters/{topic}/redrive):
-- one row per position in the dead-letter topic, so the same dead letter is never re-driven twice.
-- If it fails again it becomes a new dead letter, at a new position, which may be re-driven in turn.

create table dead_letter_redrive (
    dead_letter_topic     text        not null,
    dead_letter_partition integer     not null,
    dead_letter_offset    bigint      not null,
    event_id              uuid,                 -- ce_id of the dead letter, when it has one
    redriven_at           timestamptz not null default now(),
    primary key (dead_letter_topic, dead_letter_partition, dead_letter_offset)
);
