-- 003: each answer's time also as epoch milliseconds, computed by SQLite from answered_at and stored with the row
-- (a generated column: one source of truth). Reading the dashboard's 100,000 answers parsed every ISO time again
-- on each load; an integer column is read for a quarter less (packaging/bench-hotpaths.sh). A stored generated
-- column cannot be added by ALTER TABLE, so the table is rebuilt, rows and order kept.
CREATE TABLE attempt_item_new (
    attempt_id   INTEGER NOT NULL REFERENCES attempt (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    question_id  TEXT    NOT NULL,
    choice_order TEXT    NOT NULL,
    selected     TEXT    NOT NULL DEFAULT '',
    flagged      INTEGER NOT NULL DEFAULT 0 CHECK (flagged IN (0, 1)),
    confidence   TEXT CHECK (confidence IN ('SURE', 'UNSURE', 'GUESS')),
    answered_at  TEXT,
    correct      INTEGER CHECK (correct IN (0, 1)),
    answered_ms  INTEGER GENERATED ALWAYS AS
                     (CAST(ROUND((julianday(answered_at) - 2440587.5) * 86400000.0) AS INTEGER)) STORED,
    PRIMARY KEY (attempt_id, position)
);

INSERT INTO attempt_item_new (rowid, attempt_id, position, question_id, choice_order, selected, flagged, confidence,
                              answered_at, correct)
SELECT rowid, attempt_id, position, question_id, choice_order, selected, flagged, confidence, answered_at, correct
FROM attempt_item ORDER BY rowid;

DROP TABLE attempt_item;
ALTER TABLE attempt_item_new RENAME TO attempt_item;
CREATE INDEX attempt_item_by_question ON attempt_item (question_id, answered_at);
