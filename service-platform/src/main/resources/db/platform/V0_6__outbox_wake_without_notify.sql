-- The relay no longer listens: it polls every smartdesk.outbox.poll-interval (100 ms) and is woken in-process after
-- the platform's commits (ADR 0010). A notifying transaction takes PostgreSQL's cluster-wide notify lock through its
-- commit, which serialised every commit that wrote an outbox row (pgbench: 20,600 tps without the trigger, 4,000
-- with it). The per-key ordering trigger (V0_2) stays.
drop trigger outbox_event_inserted on outbox_event;
drop function outbox_event_notify();
