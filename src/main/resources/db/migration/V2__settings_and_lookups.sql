-- Settings kept with the ledger (序时 thresholds, remembered column mappings per unit, layouts),
-- and the indexes that make a task's timeline and its measures quick to find.

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE INDEX adjustment_task_by_task ON adjustment_task (task_id);
CREATE INDEX task_by_parent ON task (parent_id);
CREATE INDEX adjustment_by_time ON adjustment (time);
