-- What the probe's batch consumer (ProbeBatchConsumer, reservation-events, batch=true) applied, with the
-- transaction that applied it, so a test can see a poll applied in one transaction and each event once.
create table probe_batch_receipt (
    event_id  uuid   primary key,
    site_id   text   not null,
    tx_id     bigint not null
);
