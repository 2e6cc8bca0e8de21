-- Identity and privacy hardening (identity part): who owns what.
-- An applicant is linked to a citizen account only through a verified identity claim in the token
-- (applicant_account_link); without one, a filing belongs to its filer alone (application.owner_subject
-- is the filing citizen account, null for staff and agent filings).

create table applicant_account_link (
    applicant_ref    text        not null references applicant (applicant_ref),
    account_subject  text        not null,
    linked_at        timestamptz not null,
    primary key (applicant_ref, account_subject)
);
create index applicant_account_link_account on applicant_account_link (account_subject);
comment on table applicant_account_link is 'Created only from a verified identity claim (smartdesk.identity.*); erased with the applicant';

-- The old link was the first filing ever for an ID number, which anyone knowing the number could make:
-- it is not kept, and applications filed by staff or an agent reservation no longer belong to that account.
update application set owner_subject = null where owner_subject is not null and owner_subject <> submitted_by;
alter table applicant drop column account_subject;

-- The operator's look-up: keyed hash of "<ID number>|<birth date>", set and refreshed like the name.
alter table applicant add column birth_date_hash text;

-- Contact details of a filing that could not change the applicant's stored ones (an unverified citizen
-- filing): kept, encrypted, for that filing's messages only; erased with the applicant.
create table filing_contact (
    submission_id        uuid        primary key,
    applicant_ref        text        not null references applicant (applicant_ref),
    phone_enc            bytea,
    email_enc            bytea,
    line_id_enc          bytea,
    locale               text,
    channel_preferences  text,
    created_at           timestamptz not null
);
create index filing_contact_applicant on filing_contact (applicant_ref);

-- Every change of an applicant's name or contacts, and every account link: who, role, channel, which
-- fields (names only, never values).
create table applicant_audit (
    id              bigserial   primary key,
    applicant_ref   text        not null references applicant (applicant_ref),
    at              timestamptz not null,
    action          text        not null,
    actor_subject   text        not null,
    actor_role      text        not null,
    channel         text,
    changed         text
);
create index applicant_audit_applicant on applicant_audit (applicant_ref, id);

-- A citizen's request to be erased; an admin carries it out (DELETE /applicants/{ref}), which removes it.
create table erasure_request (
    id              uuid        primary key,
    applicant_ref   text        not null references applicant (applicant_ref),
    requested_by    text        not null,
    requested_at    timestamptz not null,
    unique (applicant_ref, requested_by)
);
