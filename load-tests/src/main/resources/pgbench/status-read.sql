-- A status read: one application-like row by its primary key, out of 100,000.
\set id random(1, 100000)
SELECT id, submission_id, owner_subject, service_code, channel, status, submitted_at, due_date, version
    FROM bench_status WHERE id = :id;
