-- Tables of the probe application's consumers built on Inbox.

-- A township listed here makes the probe consumer reject an ApplicationSubmitted for good
-- (RejectedEventException); deleting the row fixes the cause, so the dead letter can be re-driven.
create table probe_blocked_township (
    township  text primary key
);

-- What the probe consumer of applicant-contacts holds per applicant, and the tombstones it applied.
create table probe_contact (
    applicant_ref  text primary key,
    event_id       uuid not null
);

create table probe_erasure (
    id             bigserial   primary key,
    applicant_ref  text        not null,
    erased_at      timestamptz not null default now()
);
