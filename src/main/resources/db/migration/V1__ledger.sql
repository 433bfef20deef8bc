-- The ledger: current tasks (a cache of the log), the append-only adjustment log, reference lists.

CREATE TABLE ledger_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

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
    status        TEXT    NOT NULL CHECK (status IN ('未启动', '推进中', '已完成', '滞后', '已取消', '已合并', '长期坚持')),
    target        TEXT    NOT NULL DEFAULT '',
    actual        TEXT    NOT NULL DEFAULT '',
    unit          TEXT    NOT NULL DEFAULT '',
    remarks       TEXT    NOT NULL DEFAULT '',
    merged_into   INTEGER REFERENCES task (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE adjustment (
    id            INTEGER PRIMARY KEY,
    type          TEXT NOT NULL,
    reason        TEXT NOT NULL,
    basis         TEXT NOT NULL,
    operator      TEXT NOT NULL,
    time          TEXT NOT NULL,
    source_kind   TEXT NOT NULL,
    source_file   TEXT NOT NULL,
    source_sha256 TEXT NOT NULL,
    undoes        INTEGER REFERENCES adjustment (id),
    previous_hash TEXT NOT NULL,
    hash          TEXT NOT NULL
);

-- The tasks one adjustment touched, in order (seq), and how.
CREATE TABLE adjustment_task (
    adjustment_id INTEGER NOT NULL REFERENCES adjustment (id),
    seq           INTEGER NOT NULL,
    task_id       INTEGER NOT NULL,
    kind          TEXT    NOT NULL CHECK (kind IN ('CREATE', 'UPDATE', 'REMOVE')),
    PRIMARY KEY (adjustment_id, seq)
);

-- For each task touched, each field's text before and after.
CREATE TABLE adjustment_field (
    adjustment_id INTEGER NOT NULL,
    seq           INTEGER NOT NULL,
    field_seq     INTEGER NOT NULL,
    field         TEXT    NOT NULL,
    before        TEXT    NOT NULL,
    after         TEXT    NOT NULL,
    PRIMARY KEY (adjustment_id, seq, field_seq),
    FOREIGN KEY (adjustment_id, seq) REFERENCES adjustment_task (adjustment_id, seq)
);

-- The log is append-only: the program never updates or deletes it, and neither may anyone by accident.
CREATE TRIGGER adjustment_no_update BEFORE UPDATE ON adjustment
BEGIN SELECT RAISE(ABORT, 'the adjustment log is append-only'); END;
CREATE TRIGGER adjustment_no_delete BEFORE DELETE ON adjustment
BEGIN SELECT RAISE(ABORT, 'the adjustment log is append-only'); END;
CREATE TRIGGER adjustment_task_no_update BEFORE UPDATE ON adjustment_task
BEGIN SELECT RAISE(ABORT, 'the adjustment log is append-only'); END;
CREATE TRIGGER adjustment_task_no_delete BEFORE DELETE ON adjustment_task
BEGIN SELECT RAISE(ABORT, 'the adjustment log is append-only'); END;
CREATE TRIGGER adjustment_field_no_update BEFORE UPDATE ON adjustment_field
BEGIN SELECT RAISE(ABORT, 'the adjustment log is append-only'); END;
CREATE TRIGGER adjustment_field_no_delete BEFORE DELETE ON adjustment_field
BEGIN SELECT RAISE(ABORT, 'the adjustment log is append-only'); END;

CREATE TABLE unit (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL UNIQUE CHECK (name <> ''),
    short_name TEXT    NOT NULL DEFAULT '',
    level      TEXT    NOT NULL DEFAULT '',
    sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE domain (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL UNIQUE CHECK (name <> ''),
    sort_order INTEGER NOT NULL DEFAULT 0
);
