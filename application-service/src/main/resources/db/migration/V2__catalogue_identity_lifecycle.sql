-- Service catalogue: one row per service and version; applications keep the version they were filed under.
create table service_definition (
    code                 text        not null,
    version              integer     not null,
    name_zh              text        not null,
    name_en              text        not null,
    department           text        not null,
    fee_ntd              integer     not null check (fee_ntd >= 0),
    processing_days      integer     not null check (processing_days >= 0),
    required_fields      text        not null default '[]',  -- JSON array of {name, label, pattern?, required}
    required_documents   text        not null default '[]',  -- JSON array of document codes/labels
    proxy_allowed        boolean     not null,
    compartment_size     text        not null check (compartment_size in ('S', 'M', 'L')),
    pickup_window_days   integer     not null check (pickup_window_days > 0),
    smart_desk_pickup    boolean     not null,
    retired              boolean     not null default false,
    current              boolean     not null,
    changed_by           text        not null,
    changed_at           timestamptz not null default now(),
    primary key (code, version)
);
create unique index service_definition_one_current on service_definition (code) where current;

-- Applicants: personal data encrypted at rest (AES-GCM), found by a keyed hash of the ID number.
create table applicant (
    applicant_ref        text        primary key,
    id_hash              text        unique,          -- null once erased
    national_id_enc      bytea,
    name_enc             bytea,
    phone_enc            bytea,
    email_enc            bytea,
    line_id_enc          bytea,
    locale               text,
    channel_preferences  text,
    account_subject      text,
    township             text,
    age_band             text,
    residency            text,
    created_at           timestamptz not null default now(),
    erased_at            timestamptz
);
create index applicant_account on applicant (account_subject);

alter table application alter column owner_subject drop not null;
alter table application
    add column service_version     integer,
    add column proxy_name_enc      bytea,
    add column proxy_relationship  text,
    add column proxy_id_masked     text,
    add column proxy_letter_ref    text,
    add column pickup_method       text not null default 'SMART_DESK',
    add column site_id             text,
    add column compartment_size    text,
    add column due_date            date,
    add column reservation_id      uuid,
    add column updated_at          timestamptz;
create index application_status on application (status, due_date);
create index application_applicant on application (applicant_ref);
create index application_reservation on application (reservation_id);

-- Timeline and audit trail: who (subject, role) did what, when, through which channel.
create table application_history (
    id              bigserial   primary key,
    application_id  uuid        not null references application (id),
    at              timestamptz not null,
    action          text        not null,
    from_status     text,
    to_status       text,
    actor_subject   text        not null,
    actor_role      text        not null,
    channel         text,
    detail          text
);
create index application_history_application on application_history (application_id, id);

-- The county's working-day calendar: exceptions to "Monday to Friday" (holidays, make-up workdays).
create table calendar_day (
    day       date    primary key,
    working   boolean not null,
    name      text    not null
);
