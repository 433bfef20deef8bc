-- The log (adjustment, adjustment_task) is append-only. A ledger file has the rule as SQLite
-- triggers (db/migration/V1); the server enforces it twice over: the role that runs the program (the
-- one migrating) keeps no right to change or remove its rows, and a trigger refuses it to anyone,
-- a superuser or an owner who granted the right back included. One right is left: UPDATE of
-- adjustment's key column alone, because PostgreSQL checks a reference to a row (an undo's
-- "undoes", a changed task's adjustment_id) by locking that row as the referenced table's owner,
-- and locking a row needs UPDATE of one of its columns; the trigger refuses that update too.
REVOKE UPDATE, DELETE, TRUNCATE ON adjustment, adjustment_task FROM PUBLIC;
REVOKE UPDATE, DELETE, TRUNCATE ON adjustment, adjustment_task FROM CURRENT_USER;
GRANT UPDATE (id) ON adjustment TO CURRENT_USER;

CREATE FUNCTION log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the adjustment log is append-only' USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

CREATE TRIGGER adjustment_no_change BEFORE UPDATE OR DELETE ON adjustment
    FOR EACH ROW EXECUTE FUNCTION log_is_append_only();
CREATE TRIGGER adjustment_no_truncate BEFORE TRUNCATE ON adjustment
    FOR EACH STATEMENT EXECUTE FUNCTION log_is_append_only();
CREATE TRIGGER adjustment_task_no_change BEFORE UPDATE OR DELETE ON adjustment_task
    FOR EACH ROW EXECUTE FUNCTION log_is_append_only();
CREATE TRIGGER adjustment_task_no_truncate BEFORE TRUNCATE ON adjustment_task
    FOR EACH STATEMENT EXECUTE FUNCTION log_is_append_only();
