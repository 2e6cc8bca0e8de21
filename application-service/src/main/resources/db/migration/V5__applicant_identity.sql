-- Applicant identity (issue 3): the form values of each application, encrypted (AES-GCM) as one
-- JSON object because they may name people; cleared when the applicant is erased.
create table application_form (
    application_id  uuid   primary key references application (id),
    fields_enc      bytea
);

-- An applicant's ID hash is the look-up key; a row without one is an erased applicant.
comment on column applicant.id_hash is 'HMAC-SHA256 (smartdesk.application.id-hash-key) of the normalised ID number; null once erased';
comment on column applicant.applicant_ref is 'Random APL-<24 hex>, never derived from the ID number';
