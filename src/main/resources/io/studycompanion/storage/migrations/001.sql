-- 001: the learner's objective checklist and app settings.
CREATE TABLE objective_progress (
    objective_id TEXT PRIMARY KEY,
    ticked       INTEGER NOT NULL DEFAULT 0 CHECK (ticked IN (0, 1)),
    status       TEXT    NOT NULL DEFAULT 'NOT_STARTED'
                         CHECK (status IN ('NOT_STARTED', 'LEARNING', 'CONFIDENT')),
    note         TEXT    NOT NULL DEFAULT '',
    updated_at   TEXT    NOT NULL
);

CREATE TABLE setting (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
