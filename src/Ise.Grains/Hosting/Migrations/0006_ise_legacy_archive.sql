-- 0006: where whole-state rows go once a silo has moved them into the journal (issue 20).
--
-- The upgrade to the journal is eager: a silo that starts reads every row of a grain type that
-- has moved to the journal, appends it as the first event of the grain's stream, and moves the
-- row here, in the same shape, never deleting it: rolling back to the earlier build means moving
-- the rows back (see the README). Safe to run more than once.
CREATE TABLE IF NOT EXISTS ise_storage_archive (LIKE OrleansStorage INCLUDING DEFAULTS);

CREATE INDEX IF NOT EXISTS ix_ise_storage_archive_type
    ON ise_storage_archive (graintypestring, grainidextensionstring);
