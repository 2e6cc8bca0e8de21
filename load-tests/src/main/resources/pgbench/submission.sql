-- One submission: an application row and its outbox row (an ApplicationSubmitted-like JSON payload of about the
-- size the service writes) in one transaction. The application id is made from two random 63-bit numbers so both
-- statements name it without a round trip.
\set owner random(1, 5000)
\set days random(1, 30)
\set hi random(0, 9223372036854775806)
\set lo random(0, 9223372036854775806)
BEGIN;
INSERT INTO bench_application (id, submission_id, applicant_ref, owner_subject, service_code, channel, status,
    township, age_band, residency, submitted_by, submitted_at, service_version, site_id, compartment_size, due_date)
    VALUES ((lpad(to_hex(:hi::bigint), 16, '0') || lpad(to_hex(:lo::bigint), 16, '0'))::uuid, gen_random_uuid(),
    'APL-' || md5(random()::text), 'bench-resident-' || :owner::text, 'HR-001', 'ONLINE', 'SUBMITTED', 'TAITUNG_CITY',
    '30-39', 'IN_COUNTY', 'bench-resident-' || :owner::text, now(), 1, 'TTCSC-MAIN', 'S', current_date + :days::integer);
INSERT INTO bench_outbox_event (event_id, topic, message_key, occurred_at, payload)
    VALUES (gen_random_uuid(), 'application-events', lpad(to_hex(:hi::bigint), 16, '0') || lpad(to_hex(:lo::bigint), 16, '0'), now(),
    jsonb_build_object('eventId', gen_random_uuid(),
        'applicationId', (lpad(to_hex(:hi::bigint), 16, '0') || lpad(to_hex(:lo::bigint), 16, '0'))::uuid,
        'submissionId', gen_random_uuid(), 'applicantRef', 'APL-' || md5(random()::text), 'serviceCode', 'HR-001',
        'serviceVersion', 1, 'channel', 'ONLINE', 'township', 'TAITUNG_CITY', 'ageBand', '30-39',
        'residency', 'IN_COUNTY', 'pickupMethod', 'SMART_DESK', 'siteId', 'TTCSC-MAIN', 'compartmentSize', 'S',
        'dueDate', current_date + :days::integer, 'occurredAt', now()));
END;
