-- 0003: grain state storage for Microsoft.Orleans.Persistence.AdoNet (Invariant "Npgsql").
--
-- One row per (service, grain, state name). Version is the ETag Orleans hands back on the next
-- write/clear: a write or clear only lands if the caller presents the current Version, otherwise
-- the provider sees an unchanged/empty version and raises InconsistentStateException.
-- The provider reads exactly these keys at start-up: WriteToStorageKey, ReadFromStorageKey,
-- ClearStorageKey and (optional, needed for DeleteStateOnClear = true) DeleteStorageKey.
--
-- Every query receives the same grain key parameters:
--   @GrainIdHash (int), @GrainIdN0 (bigint), @GrainIdN1 (bigint), @GrainTypeHash (int),
--   @GrainTypeString (text, the state name), @GrainIdExtensionString (text, may be NULL),
--   @ServiceId (text)
-- plus @GrainStateVersion (int, NULL when the grain has never seen a stored row) for
-- write/clear/delete and @PayloadBinary (bytea) for write.
--
-- Needs PostgreSQL 15+ (UNIQUE ... NULLS NOT DISTINCT).
-- Safe to run more than once. Runs as a single Npgsql command (no psql meta-commands).

CREATE TABLE IF NOT EXISTS OrleansStorage
(
    GrainIdHash            integer        NOT NULL,
    GrainIdN0              bigint         NOT NULL,
    GrainIdN1              bigint         NOT NULL,
    GrainTypeHash          integer        NOT NULL,
    GrainTypeString        varchar(512)   NOT NULL,
    GrainIdExtensionString varchar(512)   NULL,
    ServiceId              varchar(150)   NOT NULL,
    PayloadBinary          bytea          NULL,
    ModifiedOn             timestamptz(3) NOT NULL DEFAULT now(),
    Version                integer        NOT NULL
);

-- At most one row per grain state, so that two activations racing to create the first row cannot
-- both succeed (the loser gets no version back). NULL extension strings count as equal.
-- The leading hash columns also serve every lookup the provider makes.
CREATE UNIQUE INDEX IF NOT EXISTS UX_OrleansStorage_GrainKey
    ON OrleansStorage (GrainIdHash, GrainTypeHash, ServiceId, GrainIdN0, GrainIdN1,
                       GrainTypeString, GrainIdExtensionString)
    NULLS NOT DISTINCT;

-- Writes a grain's state and returns the version it now has.
--   * expected version NULL (first write): inserts with Version 1 -> returns 1; if a row exists
--     already, nothing is written -> returns NULL.
--   * expected version N: updates only if the stored Version is N -> returns N + 1; otherwise
--     nothing is written -> returns N (the provider treats "unchanged" as a conflict).
CREATE OR REPLACE FUNCTION orleans_storage_write(
    p_grain_id_hash    integer,
    p_grain_id_n0      bigint,
    p_grain_id_n1      bigint,
    p_grain_type_hash  integer,
    p_grain_type       text,
    p_grain_extension  text,
    p_service_id       text,
    p_expected_version integer,
    p_payload          bytea)
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
    touched integer;
BEGIN
    IF p_expected_version IS NULL THEN
        INSERT INTO OrleansStorage
            (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString,
             GrainIdExtensionString, ServiceId, PayloadBinary, ModifiedOn, Version)
        VALUES
            (p_grain_id_hash, p_grain_id_n0, p_grain_id_n1, p_grain_type_hash, p_grain_type,
             p_grain_extension, p_service_id, p_payload, now(), 1)
        ON CONFLICT DO NOTHING;
        GET DIAGNOSTICS touched = ROW_COUNT;
        RETURN CASE WHEN touched > 0 THEN 1 END;
    END IF;

    UPDATE OrleansStorage
       SET PayloadBinary = p_payload,
           ModifiedOn    = now(),
           Version       = Version + 1
     WHERE GrainIdHash = p_grain_id_hash
       AND GrainTypeHash = p_grain_type_hash
       AND ServiceId = p_service_id
       AND GrainIdN0 = p_grain_id_n0
       AND GrainIdN1 = p_grain_id_n1
       AND GrainTypeString = p_grain_type
       AND GrainIdExtensionString IS NOT DISTINCT FROM p_grain_extension
       AND Version = p_expected_version;
    GET DIAGNOSTICS touched = ROW_COUNT;
    RETURN CASE WHEN touched > 0 THEN p_expected_version + 1 ELSE p_expected_version END;
END
$$;

INSERT INTO OrleansQuery(QueryKey, QueryText)
VALUES
-- Result column read by name: NewGrainStateVersion.
(
    'WriteToStorageKey', $sql$
    SELECT orleans_storage_write(
        @GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString,
        @GrainIdExtensionString, @ServiceId, @GrainStateVersion, @PayloadBinary) AS "NewGrainStateVersion";
$sql$
),
-- Result columns read by name: PayloadBinary (NULL after a clear) and Version. No row = no state yet.
(
    'ReadFromStorageKey', $sql$
    SELECT
        PayloadBinary AS "PayloadBinary",
        Version       AS "Version"
    FROM OrleansStorage
    WHERE GrainIdHash = @GrainIdHash
      AND GrainTypeHash = @GrainTypeHash
      AND ServiceId = @ServiceId
      AND GrainIdN0 = @GrainIdN0
      AND GrainIdN1 = @GrainIdN1
      AND GrainTypeString = @GrainTypeString
      AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString;
$sql$
),
-- Clear keeping the row: payload dropped, version bumped. Returns the new version (first column),
-- or no row when the presented version is stale.
(
    'ClearStorageKey', $sql$
    UPDATE OrleansStorage
       SET PayloadBinary = NULL,
           ModifiedOn    = now(),
           Version       = Version + 1
     WHERE GrainIdHash = @GrainIdHash
       AND GrainTypeHash = @GrainTypeHash
       AND ServiceId = @ServiceId
       AND GrainIdN0 = @GrainIdN0
       AND GrainIdN1 = @GrainIdN1
       AND GrainTypeString = @GrainTypeString
       AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
       AND Version = @GrainStateVersion
    RETURNING Version AS "NewGrainStateVersion";
$sql$
),
-- Clear removing the row (AdoNetGrainStorageOptions.DeleteStateOnClear = true). Returns the
-- deleted version + 1 (first column), or no row when the presented version is stale.
(
    'DeleteStorageKey', $sql$
    DELETE FROM OrleansStorage
     WHERE GrainIdHash = @GrainIdHash
       AND GrainTypeHash = @GrainTypeHash
       AND ServiceId = @ServiceId
       AND GrainIdN0 = @GrainIdN0
       AND GrainIdN1 = @GrainIdN1
       AND GrainTypeString = @GrainTypeString
       AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
       AND Version = @GrainStateVersion
    RETURNING Version + 1 AS "NewGrainStateVersion";
$sql$
)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;
