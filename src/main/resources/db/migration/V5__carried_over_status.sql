-- Schema 5: 已结转 (carried over into next year's ledger) joins the statuses a task may have.
-- SQLite cannot change a CHECK constraint in place: the task table is renamed, made anew with the
-- wider check, filled from the old one and the old one dropped. The rename first, so that the
-- new table's references to itself (parent_id, merged_into) name the new table, not a dropped one.
ALTER TABLE task RENAME TO task_v4;

CREATE TABLE task (
    id            INTEGER PRIMARY KEY,
    revision      INTEGER NOT NULL,
    parent_id     INTEGER REFERENCES task (id) DEFERRABLE INITIALLY DEFERRED,
    number        TEXT    NOT NULL DEFAULT '',
    domain        TEXT    NOT NULL DEFAULT '',
    year          INTEGER NOT NULL,
    title         TEXT    NOT NULL CHECK (title <> ''),
    measures      TEXT    NOT NULL DEFAULT '',
    lead_units    TEXT    NOT NULL DEFAULT '',
    partner_units TEXT    NOT NULL DEFAULT '',
    leader        TEXT    NOT NULL DEFAULT '',
    contact       TEXT    NOT NULL DEFAULT '',
    deadline_text TEXT    NOT NULL DEFAULT '',
    deadline_date TEXT,
    deadline_kind TEXT    NOT NULL DEFAULT 'none',
    deliverable   TEXT    NOT NULL DEFAULT '',
    progress      TEXT    NOT NULL DEFAULT '',
    problems      TEXT    NOT NULL DEFAULT '',
    next_steps    TEXT    NOT NULL DEFAULT '',
    status        TEXT    NOT NULL CHECK (status IN ('未启动', '推进中', '已完成', '滞后', '已取消', '已合并', '长期坚持', '已结转')),
    target        TEXT    NOT NULL DEFAULT '',
    actual        TEXT    NOT NULL DEFAULT '',
    unit          TEXT    NOT NULL DEFAULT '',
    remarks       TEXT    NOT NULL DEFAULT '',
    merged_into   INTEGER REFERENCES task (id) DEFERRABLE INITIALLY DEFERRED
);

INSERT INTO task (id, revision, parent_id, number, domain, year, title, measures, lead_units, partner_units, leader,
        contact, deadline_text, deadline_date, deadline_kind, deliverable, progress, problems, next_steps, status,
        target, actual, unit, remarks, merged_into)
    SELECT id, revision, parent_id, number, domain, year, title, measures, lead_units, partner_units, leader,
        contact, deadline_text, deadline_date, deadline_kind, deliverable, progress, problems, next_steps, status,
        target, actual, unit, remarks, merged_into
    FROM task_v4;

DROP TABLE task_v4;

CREATE INDEX task_by_parent ON task (parent_id);
