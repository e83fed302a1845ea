-- 002: quiz attempts, every answer as it is given, and the review schedule.
CREATE TABLE attempt (
    id                 INTEGER PRIMARY KEY,
    mode               TEXT    NOT NULL CHECK (mode IN ('PRACTICE', 'EXAM', 'REVIEW')),
    exam_version       TEXT    NOT NULL,
    title              TEXT    NOT NULL,
    started_at         TEXT    NOT NULL,
    time_limit_seconds INTEGER,
    elapsed_ms         INTEGER NOT NULL DEFAULT 0,
    submitted_at       TEXT
);

CREATE TABLE attempt_item (
    attempt_id   INTEGER NOT NULL REFERENCES attempt (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    question_id  TEXT    NOT NULL,
    choice_order TEXT    NOT NULL,
    selected     TEXT    NOT NULL DEFAULT '',
    flagged      INTEGER NOT NULL DEFAULT 0 CHECK (flagged IN (0, 1)),
    confidence   TEXT CHECK (confidence IN ('SURE', 'UNSURE', 'GUESS')),
    answered_at  TEXT,
    correct      INTEGER CHECK (correct IN (0, 1)),
    PRIMARY KEY (attempt_id, position)
);

CREATE INDEX attempt_item_by_question ON attempt_item (question_id, answered_at);

CREATE TABLE review_state (
    question_id   TEXT PRIMARY KEY,
    box           INTEGER NOT NULL CHECK (box >= 1),
    due_on        TEXT    NOT NULL,
    last_answered TEXT    NOT NULL
);
