-- The scratch database of the pgbench baseline: tables shaped like application-service's rows, so that pgbench
-- measures what the machine can do for the same writes and reads without any service in between.

-- Like application (V1, V2, V6): uuid key, the same columns and the indexes a filing has to maintain.
create table bench_application (
    id               uuid        primary key,
    submission_id    uuid        not null,
    applicant_ref    text        not null,
    owner_subject    text,
    service_code     text        not null,
    channel          text        not null,
    status           text        not null,
    township         text,
    age_band         text,
    residency        text,
    submitted_by     text        not null,
    submitted_at     timestamptz not null,
    version          integer     not null default 0,
    service_version  integer,
    pickup_method    text        not null default 'SMART_DESK',
    site_id          text,
    compartment_size text,
    due_date         date,
    updated_at       timestamptz
);
create index bench_application_owner_submitted on bench_application (owner_subject, submitted_at desc);
create index bench_application_submission on bench_application (submission_id);
create index bench_application_status on bench_application (status, due_date);
create index bench_application_applicant on bench_application (applicant_ref);
create index bench_application_due on bench_application (due_date, id);

-- Like outbox_event (service-platform V0_1, V0_2): the event row written in the same transaction. The CloudEvents
-- attributes are defaults here only because pgbench takes every ':name' in a prepared statement for a variable,
-- string literals included; the values are stored in every row all the same.
create table bench_outbox_event (
    id             bigserial   primary key,
    event_id       uuid        not null unique,
    topic          text        not null,
    message_key    text        not null,
    ce_type        text        default 'tw.smartdesk.application.submitted.v2',
    ce_source      text        default 'urn:smartdesk:application-service',
    ce_dataschema  text        default 'urn:smartdesk:schema:application-submitted:v2',
    occurred_at    timestamptz not null,
    payload        jsonb,
    created_at     timestamptz not null default now(),
    published_at   timestamptz
);
create index bench_outbox_event_unpublished on bench_outbox_event (id) where published_at is null;

-- The read-only baseline: 100,000 application-like rows read by primary key, like a status read.
create table bench_status (
    id             bigint      primary key,
    submission_id  uuid        not null,
    owner_subject  text        not null,
    service_code   text        not null,
    channel        text        not null,
    status         text        not null,
    submitted_at   timestamptz not null,
    due_date       date,
    version        integer     not null default 0
);
insert into bench_status (id, submission_id, owner_subject, service_code, channel, status, submitted_at, due_date)
select n, gen_random_uuid(), 'bench-resident-' || (n % 5000), 'HR-' || lpad((n % 20 + 1)::text, 3, '0'), 'ONLINE',
       'SUBMITTED', now() - (n || ' seconds')::interval, current_date + (n % 30)
from generate_series(1, 100000) as n;
analyze;
