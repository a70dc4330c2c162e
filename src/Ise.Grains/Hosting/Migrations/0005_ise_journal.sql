-- 0005: the journal (issue 20). A grain stores a change as one small row appended to its stream,
-- plus a snapshot every so often; it never rewrites its whole state per change.
--
-- ise_journal: one row per event, in the order of its stream. (stream, version) is the stream's
-- order and the optimistic-concurrency check: two activations of one grain cannot both append
-- version n. (stream, event_id) makes a resubmitted append (a COMMIT whose answer was lost)
-- recognisable as the same event. writer and batch name the silo-wide write that stored the row:
-- the effects of a batch are delivered by reading the journal forward per writer. subject names
-- the entity a row is about when that is not the stream's owner (a check-in in a bucket's stream
-- is about an SME), so the entity's history is a query by subject.
-- payload is the event serialized by the format named in format (1 = System.Text.Json).
--
-- ise_snapshot: the state of a stream as of a version, written in the same transaction as the
-- append that triggered it and never overwritten by an older one.
--
-- ise_writer: one row per silo incarnation that writes. A batch commits only while its writer row
-- still holds the epoch the writer started with; a live silo that takes over a dead silo's writer
-- raises the epoch, after which the dead one can commit nothing. delivered is the last batch whose
-- effects every receiver has acknowledged.
--
-- One service per database: stream names carry no service id.
-- Safe to run more than once. Runs as a single Npgsql command (no psql meta-commands).

CREATE TABLE IF NOT EXISTS ise_journal
(
    stream   text        NOT NULL,
    version  bigint      NOT NULL,
    event_id uuid        NOT NULL,
    kind     text        NOT NULL,
    subject  text        NULL,
    payload  bytea       NOT NULL,
    format   smallint    NOT NULL,
    writer   text        NOT NULL,
    batch    bigint      NOT NULL,
    at       timestamptz NOT NULL,
    CONSTRAINT ise_journal_pkey PRIMARY KEY (stream, version),
    CONSTRAINT ise_journal_event_key UNIQUE (stream, event_id),
    CONSTRAINT ise_journal_version_positive CHECK (version > 0)
);

CREATE INDEX IF NOT EXISTS ise_journal_writer_batch ON ise_journal (writer, batch);
CREATE INDEX IF NOT EXISTS ise_journal_subject ON ise_journal (subject) WHERE subject IS NOT NULL;

CREATE TABLE IF NOT EXISTS ise_snapshot
(
    stream  text     NOT NULL PRIMARY KEY,
    version bigint   NOT NULL,
    format  smallint NOT NULL,
    payload bytea    NOT NULL
);

CREATE TABLE IF NOT EXISTS ise_writer
(
    writer    text    NOT NULL PRIMARY KEY,
    silo      text    NOT NULL,
    epoch     bigint  NOT NULL,
    owner     text    NOT NULL,
    delivered bigint  NOT NULL DEFAULT 0,
    retired   boolean NOT NULL DEFAULT false
);
