-- How many rows each delete statement on processed_event removed (only statements that removed any), so
-- RetentionTest can see that pruning deletes in bounded batches. Nothing else deletes from processed_event.
create table probe_prune_statement (
    id       bigserial primary key,
    deleted  integer   not null
);

create function probe_log_prune() returns trigger language plpgsql as $$
declare
    removed integer;
begin
    select count(*) into removed from gone;
    if removed > 0 then
        insert into probe_prune_statement (deleted) values (removed);
    end if;
    return null;
end;
$$;

create trigger processed_event_pruned
    after delete on processed_event
    referencing old table as gone
    for each statement execute function probe_log_prune();
