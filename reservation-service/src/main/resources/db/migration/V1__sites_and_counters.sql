-- Where residents can be served: sites of the Civil Service Center, their weekly opening hours and
-- their counters. Slots and reservations will be built on these rows.

-- A site id is the stable code events carry as siteId (see shared-events), such as TTCSC-MAIN.
create table site (
    id          text    primary key check (id ~ '^[A-Z0-9][A-Z0-9-]{0,63}$'),
    name_zh     text    not null,
    name_en     text    not null,
    address_zh  text    not null,
    address_en  text    not null,
    phone       text    not null,
    time_zone   text    not null default 'Asia/Taipei',
    version     integer not null default 0
);

-- Regular weekly hours in the site's time zone; a day without rows is closed. Holidays come later.
create table opening_hours (
    id           bigint   generated always as identity primary key,
    site_id      text     not null references site (id),
    day_of_week  smallint not null check (day_of_week between 1 and 7), -- ISO 8601: 1 = Monday
    opens_at     time     not null,
    closes_at    time     not null,
    check (closes_at > opens_at),
    unique (site_id, day_of_week, opens_at)
);

create table counter (
    id             uuid    primary key,
    site_id        text    not null references site (id),
    code           text    not null, -- the number shown above the counter
    name_zh        text    not null,
    name_en        text    not null,
    serves_apply   boolean not null, -- takes applications (reservation purpose APPLY)
    serves_pickup  boolean not null, -- hands over documents (reservation purpose PICKUP)
    active         boolean not null default true,
    version        integer not null default 0,
    check (serves_apply or serves_pickup),
    unique (site_id, code)
);

insert into site (id, name_zh, name_en, address_zh, address_en, phone)
values ('TTCSC-MAIN', '臺東縣政府聯合服務中心', 'Taitung County Civil Service Center',
        '臺東縣臺東市中山路276號', 'No. 276, Zhongshan Rd., Taitung City, Taitung County 950',
        '089-347550');

-- Monday to Friday, 08:00 to 17:30, open over lunch. (The Smart Desk lockers are open 24 hours;
-- they belong to pickup-locker-service.)
insert into opening_hours (site_id, day_of_week, opens_at, closes_at)
select 'TTCSC-MAIN', day, time '08:00', time '17:30' from generate_series(1, 5) as day;

insert into counter (id, site_id, code, name_zh, name_en, serves_apply, serves_pickup) values
    ('9a1c2e3f-4b5d-4e6f-8a7b-0c1d2e3f4a01', 'TTCSC-MAIN', '1', '綜合收件櫃檯', 'General applications', true, false),
    ('9a1c2e3f-4b5d-4e6f-8a7b-0c1d2e3f4a02', 'TTCSC-MAIN', '2', '綜合收件櫃檯', 'General applications', true, false),
    ('9a1c2e3f-4b5d-4e6f-8a7b-0c1d2e3f4a03', 'TTCSC-MAIN', '3', '預約及代辦櫃檯', 'Reservations and agent service', true, true),
    ('9a1c2e3f-4b5d-4e6f-8a7b-0c1d2e3f4a04', 'TTCSC-MAIN', '4', '領件櫃檯', 'Document pickup', false, true);
