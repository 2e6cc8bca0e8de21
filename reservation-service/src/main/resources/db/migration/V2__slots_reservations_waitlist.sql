-- Slots, reservations and the waitlist (issue 9). Slots are never stored: they are derived from each
-- counter's slot length and capacity, the site's weekly hours, the county's holidays and the site's special
-- days (SlotCalendar). What is stored is how many places of a counter's slot are taken (slot_load), which
-- the database keeps within capacity under any number of concurrent bookings.

alter table counter
    add column slot_minutes  smallint not null default 15 check (slot_minutes between 5 and 240),
    add column slot_capacity smallint not null default 2 check (slot_capacity between 1 and 100),
    -- service codes of the catalogue this counter takes; empty: every service
    add column service_codes text[]   not null default '{}';

-- Days the county's offices are closed (national holidays and their observed days), for every site.
create table holiday (
    day      date primary key,
    name_zh  text not null,
    name_en  text not null
);

-- A site's exceptions to its weekly hours on one day: closed (no hours), or open with other hours, such as a
-- Saturday make-up workday (補行上班日) or a typhoon afternoon.
create table special_day (
    site_id    text not null references site (id),
    day        date not null,
    opens_at   time,
    closes_at  time,
    note       text not null,
    primary key (site_id, day),
    check ((opens_at is null) = (closes_at is null)),
    check (closes_at > opens_at)
);

-- Places taken in one slot of one counter. A booking takes a place with one statement that refuses to go over
-- capacity (Places.TAKE); the row lock orders concurrent bookings of the same slot.
create table slot_load (
    counter_id  uuid        not null references counter (id),
    slot_start  timestamptz not null,
    capacity    smallint    not null,
    taken       smallint    not null check (taken >= 0),
    primary key (counter_id, slot_start)
);

create table reservation (
    id                 uuid        primary key,
    site_id            text        not null references site (id),
    counter_id         uuid        not null references counter (id),
    applicant_ref      text        not null,
    purpose            text        not null check (purpose in ('APPLY', 'PICKUP')),
    service_codes      text[]      not null,
    application_ids    uuid[]      not null default '{}',
    agent_service      boolean     not null,
    channel            text        not null check (channel in ('ONLINE', 'MOBILE', 'PHONE', 'COUNTER')),
    booked_by          text        not null, -- subject of the citizen account, or of the operator or clerk
    booked_by_role     text        not null,
    caller_phone       text,                 -- PHONE only: for the operator's view and search; never in events
    slot_day           date        not null, -- the slot's day at the site
    slot_start         timestamptz not null,
    slot_end           timestamptz not null,
    status             text        not null check (status in
                           ('OFFERED', 'BOOKED', 'CHECKED_IN', 'COMPLETED', 'CANCELLED', 'NO_SHOW', 'OFFER_LAPSED',
                            'OFFER_DECLINED')),
    hold_until         timestamptz,          -- OFFERED: the waitlist offer lapses then
    waitlist_entry_id  uuid,
    checked_in_at      timestamptz,
    completed_at       timestamptz,
    cancelled_at       timestamptz,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    check (slot_end > slot_start),
    check ((status = 'OFFERED') = (hold_until is not null))
);

-- One reservation per person per day, whatever the channel: enforced here, not only checked.
create unique index reservation_one_per_person_per_day on reservation (applicant_ref, slot_day)
    where status in ('OFFERED', 'BOOKED', 'CHECKED_IN', 'COMPLETED', 'NO_SHOW');
create index reservation_of_applicant on reservation (applicant_ref, slot_start);
create index reservation_by_phone on reservation (caller_phone, slot_start) where caller_phone is not null;
create index reservation_of_counter_day on reservation (counter_id, slot_day, slot_start);
-- the no-show job and the offer job read only what is due
create index reservation_booked_due on reservation (slot_start) where status = 'BOOKED';
create index reservation_offer_due on reservation (hold_until) where status = 'OFFERED';

create table waitlist_entry (
    id             uuid        primary key,
    site_id        text        not null references site (id),
    purpose        text        not null check (purpose in ('APPLY', 'PICKUP')),
    slot_start     timestamptz not null,
    slot_day       date        not null,
    service_codes  text[]      not null,
    application_ids uuid[]     not null default '{}',
    agent_service  boolean     not null,
    applicant_ref  text        not null,
    channel        text        not null,
    booked_by      text        not null,
    booked_by_role text        not null,
    caller_phone   text,
    status         text        not null check (status in ('WAITING', 'OFFERED', 'ACCEPTED', 'DECLINED', 'LAPSED', 'LEFT', 'SKIPPED')),
    joined_at      timestamptz not null default now()
);
create unique index waitlist_once_per_slot on waitlist_entry (applicant_ref, site_id, purpose, slot_start)
    where status in ('WAITING', 'OFFERED');
create index waitlist_line on waitlist_entry (site_id, purpose, slot_start, joined_at) where status = 'WAITING';
create index waitlist_of_applicant on waitlist_entry (applicant_ref, slot_start);

-- A clerk lifting a resident's no-show suspension: no-shows before lifted_at no longer count.
create table suspension_lift (
    id            bigint      generated always as identity primary key,
    applicant_ref text        not null,
    lifted_at     timestamptz not null default now(),
    lifted_by     text        not null,
    reason        text        not null check (length(reason) between 3 and 500)
);
create index suspension_lift_of_applicant on suspension_lift (applicant_ref, lifted_at);

-- A citizen account and the person (applicantRef) application-service resolved it to (ADR 0011), kept so that
-- a resident's next request needs no call; refreshed when older than smartdesk.reservation.person-link-ttl. Used
-- only for a login with the same verified claim (verified_login: its SHA-256), never for a weaker login.
create table account_person (
    account_subject text        primary key,
    verified_login  text        not null,
    applicant_ref   text        not null,
    resolved_at     timestamptz not null
);
create index account_person_of_applicant on account_person (applicant_ref);
