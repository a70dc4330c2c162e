-- 0004: durable reminders for Microsoft.Orleans.Reminders.AdoNet (Invariant "Npgsql").
--
-- One row per (service, grain, reminder name). GrainHash is the grain's uniform hash code
-- (a uint stored as a signed int by the provider); silos own ranges of that hash ring and read
-- their reminders by range. Version is the reminder's ETag: 0 on creation, +1 on every upsert,
-- and a delete only lands if the caller presents the current Version.
-- All seven keys below are mandatory (the provider refuses to start if one is missing).
--
-- Rows are read by column name: GrainId, ReminderName, StartTime, Period (bigint, milliseconds),
-- Version.
--
-- Safe to run more than once. Runs as a single Npgsql command (no psql meta-commands).

CREATE TABLE IF NOT EXISTS OrleansRemindersTable
(
    ServiceId    varchar(150)   NOT NULL,
    GrainId      varchar(512)   NOT NULL,
    ReminderName varchar(150)   NOT NULL,
    StartTime    timestamptz(3) NOT NULL,
    Period       bigint         NOT NULL,
    GrainHash    integer        NOT NULL,
    Version      integer        NOT NULL,

    CONSTRAINT PK_RemindersTable_ServiceId_GrainId_ReminderName PRIMARY KEY (ServiceId, GrainId, ReminderName)
);

-- Serves the hash-range reads that every silo's reminder service issues.
CREATE INDEX IF NOT EXISTS IX_RemindersTable_ServiceId_GrainHash
    ON OrleansRemindersTable (ServiceId, GrainHash);

-- The reminder rows as the provider reads them: its column names beside the ones the filters use
-- (unquoted names fold to lower case, so "GrainId" and GrainId are different columns here).
CREATE OR REPLACE VIEW orleans_reminder_rows AS
SELECT ServiceId, GrainHash, GrainId, ReminderName,
       GrainId      AS "GrainId",
       ReminderName AS "ReminderName",
       StartTime    AS "StartTime",
       Period       AS "Period",
       Version      AS "Version"
FROM OrleansRemindersTable;

INSERT INTO OrleansQuery(QueryKey, QueryText)
VALUES
-- Creates the reminder (Version 0) or replaces its schedule (Version + 1); returns the new Version.
-- Params: @ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash.
(
    'UpsertReminderRowKey', $sql$
    INSERT INTO OrleansRemindersTable
        (ServiceId, GrainId, ReminderName, StartTime, Period, GrainHash, Version)
    VALUES
        (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 0)
    ON CONFLICT (ServiceId, GrainId, ReminderName) DO UPDATE
        SET StartTime = EXCLUDED.StartTime,
            Period    = EXCLUDED.Period,
            GrainHash = EXCLUDED.GrainHash,
            Version   = OrleansRemindersTable.Version + 1
    RETURNING Version AS "Version";
$sql$
),
-- All reminders of one grain. Params: @ServiceId, @GrainId.
(
    'ReadReminderRowsKey', $sql$
    SELECT "GrainId", "ReminderName", "StartTime", "Period", "Version"
    FROM orleans_reminder_rows
    WHERE ServiceId = @ServiceId
      AND GrainId = @GrainId;
$sql$
),
-- One reminder of one grain. Params: @ServiceId, @GrainId, @ReminderName.
(
    'ReadReminderRowKey', $sql$
    SELECT "GrainId", "ReminderName", "StartTime", "Period", "Version"
    FROM orleans_reminder_rows
    WHERE ServiceId = @ServiceId
      AND GrainId = @GrainId
      AND ReminderName = @ReminderName;
$sql$
),
-- Hash range (BeginHash, EndHash] that does not wrap: used when (int)BeginHash < (int)EndHash.
-- Params: @ServiceId, @BeginHash, @EndHash.
(
    'ReadRangeRows1Key', $sql$
    SELECT "GrainId", "ReminderName", "StartTime", "Period", "Version"
    FROM orleans_reminder_rows
    WHERE ServiceId = @ServiceId
      AND GrainHash > @BeginHash
      AND GrainHash <= @EndHash;
$sql$
),
-- Hash range that wraps around the end of the ring (also the whole ring when BeginHash = EndHash):
-- used when (int)BeginHash >= (int)EndHash. Params: @ServiceId, @BeginHash, @EndHash.
(
    'ReadRangeRows2Key', $sql$
    SELECT "GrainId", "ReminderName", "StartTime", "Period", "Version"
    FROM orleans_reminder_rows
    WHERE ServiceId = @ServiceId
      AND (GrainHash > @BeginHash OR GrainHash <= @EndHash);
$sql$
),
-- Removes one reminder if the caller's ETag is current; returns 1 (deleted) or 0.
-- Params: @ServiceId, @GrainId, @ReminderName, @Version.
(
    'DeleteReminderRowKey', $sql$
    WITH removed AS (
        DELETE FROM OrleansRemindersTable
        WHERE ServiceId = @ServiceId
          AND GrainId = @GrainId
          AND ReminderName = @ReminderName
          AND Version = @Version
        RETURNING 1
    )
    SELECT count(*)::integer AS "Deleted" FROM removed;
$sql$
),
-- Removes every reminder of the service (used by tests / teardown). Params: @ServiceId.
(
    'DeleteReminderRowsKey', $sql$
    DELETE FROM OrleansRemindersTable
    WHERE ServiceId = @ServiceId;
$sql$
)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;
