-- The relay's bookkeeping per outbox row, and its leader lease (service-platform, see OutboxRelay).

-- Each failed send counts an attempt and keeps its error; the row's key waits until next_attempt_at
-- (back-off), and after smartdesk.outbox.max-attempts the row is parked: its key stays blocked (order
-- per key) until an operator retries it (POST /admin/outbox/parked/retry). Other keys flow on.
alter table outbox_event
    add column attempts        integer not null default 0,
    add column last_error      text,
    add column next_attempt_at timestamptz,
    add column parked_at       timestamptz;

-- "Is an earlier row of this key still waiting?" for every candidate row: one index probe per key.
create index outbox_event_unpublished_by_key on outbox_event (message_key, id) where published_at is null;
create index outbox_event_parked on outbox_event (id) where parked_at is not null and published_at is null;

-- The leader writes its heartbeat here through the connection that holds the advisory lock. A standby
-- that cannot take the lock and finds the holder's heartbeat stale (a half-open connection after a
-- partition or failover, which PostgreSQL may not notice for hours) terminates that backend, which
-- releases the lock.
create table outbox_relay_lease (
    lock_key      bigint      primary key,
    holder        text        not null,
    holder_pid    integer     not null,
    heartbeat_at  timestamptz not null
);

-- Order per key must not depend on callers: every insert takes a transaction lock on its key
-- (namespace 1331041346 = 'OUTB') and only then draws its id, so two transactions writing events of
-- one key commit in id order, the order the relay publishes them in. (A default id is drawn before a
-- BEFORE trigger runs, hence the second nextval; the first one is a harmless gap.)
create function outbox_event_order_per_key() returns trigger language plpgsql as $$
begin
    perform pg_advisory_xact_lock(1331041346, hashtext(new.topic || '/' || new.message_key));
    new.id := nextval('outbox_event_id_seq'::regclass);
    return new;
end;
$$;

create trigger outbox_event_per_key_order
    before insert on outbox_event
    for each row execute function outbox_event_order_per_key();
