-- Spreadsheet and CSV imports (docs/import.md): one row per uploaded file, and the row-level
-- problems found while checking it. Several nodes share these tables: a job is run by the node
-- that received the file, and every node reads its progress from here (nothing in memory).

CREATE TABLE import_job (
    id               UUID                     PRIMARY KEY,
    file_name        VARCHAR(255)             NOT NULL,
    file_format      VARCHAR(10)              NOT NULL CHECK (file_format IN ('XLSX', 'CSV')),
    csv_sheet        VARCHAR(100),
    sha256           CHAR(64)                 NOT NULL,
    size_bytes       BIGINT                   NOT NULL CHECK (size_bytes >= 0),
    submitted_by     VARCHAR(100)             NOT NULL,
    submitted_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    -- QUEUED -> RUNNING -> SUCCEEDED | FAILED; QUEUED or RUNNING -> FAILED when abandoned
    status           VARCHAR(20)              NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    -- CHECKING (pass 1: parse and check every row) or STORING (pass 2: one transaction)
    phase            VARCHAR(20)              CHECK (phase IN ('CHECKING', 'STORING')),
    progress_percent SMALLINT                 NOT NULL DEFAULT 0 CHECK (progress_percent BETWEEN 0 AND 100),
    rows_total       BIGINT                   NOT NULL DEFAULT 0,
    rows_processed   BIGINT                   NOT NULL DEFAULT 0,
    problem_count    BIGINT                   NOT NULL DEFAULT 0,
    -- per sheet: [{"sheet": "...", "rows": n, "created": n, "updated": n, "unchanged": n}]
    summary          JSONB                    NOT NULL DEFAULT '[]',
    -- why a job failed other than by row problems (message key and arguments, e.g. a store error)
    failure_key      VARCHAR(200),
    failure_args     JSONB                    NOT NULL DEFAULT '[]',
    heartbeat_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at      TIMESTAMP WITH TIME ZONE
);

COMMENT ON TABLE import_job IS 'Spreadsheet/CSV imports: all-or-nothing per file, progress for the progress bar';

-- A user's recent jobs (the upload page), everyone's for the administrator, and the sweep of
-- jobs abandoned by a crashed node.
CREATE INDEX import_job_submitted_by_idx ON import_job (submitted_by, submitted_at DESC, id);
CREATE INDEX import_job_submitted_at_idx ON import_job (submitted_at DESC, id);
CREATE INDEX import_job_unfinished_idx ON import_job (heartbeat_at) WHERE status IN ('QUEUED', 'RUNNING');

CREATE TABLE import_problem (
    job_id       UUID          NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
    seq          INTEGER       NOT NULL,
    sheet        VARCHAR(100)  NOT NULL,
    -- the row number as Excel shows it; null for a problem of the file or of a whole sheet
    row_number   INTEGER,
    column_name  VARCHAR(200),
    -- the cell as the user typed it, cut to 200 characters
    cell_value   VARCHAR(200),
    message_key  VARCHAR(200)  NOT NULL,
    message_args JSONB         NOT NULL DEFAULT '[]',
    PRIMARY KEY (job_id, seq)
);

COMMENT ON TABLE import_problem IS 'Row-level problems of a failed import (sheet, row, column, value, reason as a message key)';
