-- Key rings (README "Keys"): every sealed value names its data key, and the ID number's keyed hash names its
-- hash key, so both can be rotated with data in place (POST /admin/keys/re-encryption).

alter table applicant add column id_hash_key text;
comment on column applicant.id_hash_key is
    'id of the key (smartdesk.application.id-hash-keys) id_hash was made under; null for hashes made before key rings';

-- The birth date is kept sealed instead of inside a keyed hash with the ID number: a hash cannot be re-made under
-- a new key without the birth date, and the phone desk''s look-up only compares it. Applicants filed before this
-- migration have no birth date until they file again; the phone desk finds them by application id meanwhile.
alter table applicant add column birth_date_enc bytea;
alter table applicant drop column birth_date_hash;

-- The id of the data key a sealed value names: bytes 3.. of a format-2 value (0x02 | id length | id | IV |
-- ciphertext), '(unnamed)' for a value sealed before key rings (format 1), null for null.
create function sealed_key_id(sealed bytea) returns text
    language sql immutable strict parallel safe
as $$
    select case when get_byte(sealed, 0) = 2
                then convert_from(substring(sealed from 3 for get_byte(sealed, 1)), 'UTF8')
                else '(unnamed)' end
$$;
