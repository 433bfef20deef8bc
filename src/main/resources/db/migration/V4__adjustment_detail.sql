-- Schema 4: an adjustment may carry a detail, the data of an adjustment request's event (JSON,
-- written by core.request.Detail). Empty for every adjustment of tasks; sealed only when not empty,
-- so the records before keep their hashes.
ALTER TABLE adjustment ADD COLUMN detail TEXT NOT NULL DEFAULT '';
