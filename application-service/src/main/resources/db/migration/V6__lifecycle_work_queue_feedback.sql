-- Satisfaction feedback: at most one rating per completed application, given by its owner.
create table application_feedback (
    application_id  uuid        primary key references application (id),
    score           integer     not null check (score between 1 and 5),
    comment         text        check (char_length(comment) between 1 and 500),
    rated_at        timestamptz not null
);

-- Clerk work queue: filtered by service or site, ordered by due date; residents list their own.
create index application_service_due on application (service_code, due_date);
create index application_site_due on application (site_id, due_date);
create index application_due on application (due_date, id);
create index application_owner_submitted on application (owner_subject, submitted_at desc);
