create table application (
    id             uuid        primary key,
    submission_id  uuid        not null,
    applicant_ref  text        not null,
    owner_subject  text        not null,
    service_code   text        not null,
    channel        text        not null,
    status         text        not null,
    township       text,
    age_band       text,
    residency      text,
    submitted_by   text        not null,
    submitted_at   timestamptz not null,
    version        integer     not null default 0
);

create index application_owner on application (owner_subject);
create index application_submission on application (submission_id);
