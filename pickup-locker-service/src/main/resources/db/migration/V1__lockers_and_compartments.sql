-- The Smart Desk: locker banks at a site and their compartments, open to residents 24 hours.
-- Allocation, deposits and pickup codes will change compartment status; this is the inventory.

-- site_id is reservation-service's site id, as events carry it (no cross-database key).
create table locker (
    id           uuid    primary key,
    site_id      text    not null,
    code         text    not null check (code ~ '^[A-Z0-9]{1,4}$'), -- printed on the bank; prefix of its labels
    name_zh      text    not null,
    name_en      text    not null,
    location_zh  text    not null,
    location_en  text    not null,
    status       text    not null default 'IN_SERVICE' check (status in ('IN_SERVICE', 'OUT_OF_SERVICE')),
    version      integer not null default 0,
    unique (site_id, code)
);

create table compartment (
    id         uuid    primary key,
    locker_id  uuid    not null references locker (id),
    label      text    not null check (label ~ '^[A-Z0-9]{1,4}-[0-9]{1,3}$'), -- on the door, such as A-12
    size       text    not null check (size in ('S', 'M', 'L')),
    status     text    not null default 'FREE'
               check (status in ('FREE', 'ASSIGNED', 'OCCUPIED', 'LOCKED_OUT', 'OUT_OF_SERVICE')),
    version    integer not null default 0,
    unique (locker_id, label)
);

-- Allocation looks for a free compartment of a size in the lockers of a site.
create index compartment_free on compartment (locker_id, size) where status = 'FREE';

-- The Smart Desk of the Taitung County Civil Service Center: one bank, A, of 28 compartments.
insert into locker (id, site_id, code, name_zh, name_en, location_zh, location_en)
values ('4dab7f26-804e-4ccf-b5b6-9e20af89ac04', 'TTCSC-MAIN', 'A', '智慧櫃台 A', 'Smart Desk A',
        '臺東縣政府聯合服務中心入口旁，24 小時開放', 'Beside the Civil Service Center entrance, open 24 hours');

-- A-1 to A-16 small (certificates, cards), A-17 to A-24 medium (A4 envelopes), A-25 to A-28 large.
insert into compartment (id, locker_id, label, size)
select gen_random_uuid(), '4dab7f26-804e-4ccf-b5b6-9e20af89ac04', 'A-' || n,
       case when n <= 16 then 'S' when n <= 24 then 'M' else 'L' end
from generate_series(1, 28) as n;
