-- Submissions per service and channel (OMO: digital take-up, demand by service and channel).
create table submission_count (
    service_code  text        not null,
    channel       text        not null,
    submissions   bigint      not null,
    last_at       timestamptz not null,
    primary key (service_code, channel)
);
