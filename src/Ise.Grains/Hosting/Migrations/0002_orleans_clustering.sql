-- 0002: cluster membership for Microsoft.Orleans.Clustering.AdoNet (Invariant "Npgsql").
--
-- Two tables:
--   * OrleansMembershipVersionTable - one row per cluster (DeploymentId = ClusterOptions.ClusterId)
--     carrying the table version that every membership write must present (optimistic concurrency);
--   * OrleansMembershipTable        - one row per silo incarnation (address, port, generation).
-- Plus the query texts the 10.4.x provider looks up by key. All nine keys below are mandatory
-- (the provider refuses to start if one is missing) except CleanupDefunctSiloEntryKey, which
-- 10.4.x uses when present instead of the bulk CleanupDefunctSiloEntriesKey.
--
-- SiloStatus values used here: 3 = Active, 6 = Dead.
-- Boolean answers are returned as one row with one integer column (> 0 = success).
--
-- Safe to run more than once. Runs as a single Npgsql command (no psql meta-commands).

CREATE TABLE IF NOT EXISTS OrleansMembershipVersionTable
(
    DeploymentId varchar(150)   NOT NULL,
    Timestamp    timestamptz(3) NOT NULL DEFAULT now(),
    Version      integer        NOT NULL DEFAULT 0,

    CONSTRAINT PK_OrleansMembershipVersionTable_DeploymentId PRIMARY KEY (DeploymentId)
);

CREATE TABLE IF NOT EXISTS OrleansMembershipTable
(
    DeploymentId varchar(150)   NOT NULL,
    Address      varchar(45)    NOT NULL,
    Port         integer        NOT NULL,
    Generation   integer        NOT NULL,
    SiloName     varchar(150)   NOT NULL,
    HostName     varchar(150)   NOT NULL,
    Status       integer        NOT NULL,
    ProxyPort    integer        NULL,
    SuspectTimes varchar(8000)  NULL,
    StartTime    timestamptz(3) NOT NULL,
    IAmAliveTime timestamptz(3) NOT NULL,

    CONSTRAINT PK_MembershipTable_DeploymentId PRIMARY KEY (DeploymentId, Address, Port, Generation),
    CONSTRAINT FK_MembershipTable_MembershipVersionTable_DeploymentId
        FOREIGN KEY (DeploymentId) REFERENCES OrleansMembershipVersionTable (DeploymentId)
);

-- Bumps the cluster's table version if the caller presents the current one: the optimistic
-- concurrency check every membership change goes through. True when the caller's version was current.
CREATE OR REPLACE FUNCTION orleans_membership_bump_version(p_deployment_id text, p_version integer)
RETURNS boolean
LANGUAGE plpgsql
AS $$
BEGIN
    UPDATE OrleansMembershipVersionTable
       SET Version   = Version + 1,
           Timestamp = now()
     WHERE DeploymentId = p_deployment_id
       AND Version = p_version
       AND Version < 2147483647;
    RETURN FOUND;
END
$$;

-- Adds a silo row, but only together with a successful bump of the cluster's table version.
-- If the caller's version is stale, or the silo row already exists, nothing changes and 0 is returned.
CREATE OR REPLACE FUNCTION orleans_membership_insert(
    p_deployment_id   text,
    p_address         text,
    p_port            integer,
    p_generation      integer,
    p_silo_name       text,
    p_host_name       text,
    p_status          integer,
    p_proxy_port      integer,
    p_start_time      timestamptz,
    p_i_am_alive_time timestamptz,
    p_version         integer)
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
    touched integer;
BEGIN
    BEGIN
        IF NOT orleans_membership_bump_version(p_deployment_id, p_version) THEN
            RETURN 0; -- stale (or missing) table version
        END IF;

        INSERT INTO OrleansMembershipTable
            (DeploymentId, Address, Port, Generation, SiloName, HostName,
             Status, ProxyPort, StartTime, IAmAliveTime)
        VALUES
            (p_deployment_id, p_address, p_port, p_generation, p_silo_name, p_host_name,
             p_status, p_proxy_port, p_start_time, p_i_am_alive_time)
        ON CONFLICT (DeploymentId, Address, Port, Generation) DO NOTHING;
        GET DIAGNOSTICS touched = ROW_COUNT;
        IF touched = 0 THEN
            -- The silo row exists already: undo the version bump made above.
            RAISE EXCEPTION 'orleans membership insert: row exists' USING ERRCODE = 'OR409';
        END IF;

        RETURN 1;
    EXCEPTION
        WHEN SQLSTATE 'OR409' THEN
            RETURN 0;
    END;
END
$$;

-- Changes a silo row's status / suspicions / liveness, together with a successful bump of the
-- cluster's table version. Stale version or unknown silo: nothing changes and 0 is returned.
-- IAmAliveTime never moves backwards (a heartbeat may have landed after the caller read the row).
CREATE OR REPLACE FUNCTION orleans_membership_update(
    p_deployment_id   text,
    p_address         text,
    p_port            integer,
    p_generation      integer,
    p_status          integer,
    p_suspect_times   text,
    p_i_am_alive_time timestamptz,
    p_version         integer)
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
    touched integer;
BEGIN
    BEGIN
        IF NOT orleans_membership_bump_version(p_deployment_id, p_version) THEN
            RETURN 0; -- stale (or missing) table version
        END IF;

        UPDATE OrleansMembershipTable
           SET Status       = p_status,
               SuspectTimes = p_suspect_times,
               IAmAliveTime = GREATEST(IAmAliveTime, p_i_am_alive_time)
         WHERE DeploymentId = p_deployment_id
           AND Address = p_address
           AND Port = p_port
           AND Generation = p_generation;
        GET DIAGNOSTICS touched = ROW_COUNT;
        IF touched = 0 THEN
            -- No such silo row: undo the version bump made above.
            RAISE EXCEPTION 'orleans membership update: row missing' USING ERRCODE = 'OR404';
        END IF;

        RETURN 1;
    EXCEPTION
        WHEN SQLSTATE 'OR404' THEN
            RETURN 0;
    END;
END
$$;

INSERT INTO OrleansQuery(QueryKey, QueryText)
VALUES
-- Creates the cluster's version row if it is not there yet. Params: @DeploymentId.
(
    'InsertMembershipVersionKey', $sql$
    WITH created AS (
        INSERT INTO OrleansMembershipVersionTable (DeploymentId)
        VALUES (@DeploymentId)
        ON CONFLICT (DeploymentId) DO NOTHING
        RETURNING 1
    )
    SELECT count(*)::integer AS "Created" FROM created;
$sql$
),
-- Params: @DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName, @Status,
--         @ProxyPort, @StartTime, @IAmAliveTime, @Version.
(
    'InsertMembershipKey', $sql$
    SELECT orleans_membership_insert(
        @DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName,
        @Status, @ProxyPort, @StartTime, @IAmAliveTime, @Version) AS "Succeeded";
$sql$
),
-- Params: @DeploymentId, @Address, @Port, @Generation, @Status, @SuspectTimes, @IAmAliveTime, @Version.
(
    'UpdateMembershipKey', $sql$
    SELECT orleans_membership_update(
        @DeploymentId, @Address, @Port, @Generation,
        @Status, @SuspectTimes, @IAmAliveTime, @Version) AS "Succeeded";
$sql$
),
-- Heartbeat: touches only IAmAliveTime, never the table version. Result is not checked.
-- Params: @DeploymentId, @Address, @Port, @Generation, @IAmAliveTime.
(
    'UpdateIAmAlivetimeKey', $sql$
    UPDATE OrleansMembershipTable
       SET IAmAliveTime = GREATEST(IAmAliveTime, @IAmAliveTime)
     WHERE DeploymentId = @DeploymentId
       AND Address = @Address
       AND Port = @Port
       AND Generation = @Generation;
$sql$
),
-- One silo plus the table version. The version row is always returned (LEFT JOIN), so a silo
-- that is not present yields one row with NULL silo columns. Params: @DeploymentId, @Address, @Port, @Generation.
(
    'MembershipReadRowKey', $sql$
    SELECT
        v.DeploymentId AS "DeploymentId",
        m.Address      AS "Address",
        m.Port         AS "Port",
        m.Generation   AS "Generation",
        m.SiloName     AS "SiloName",
        m.HostName     AS "HostName",
        m.Status       AS "Status",
        m.ProxyPort    AS "ProxyPort",
        m.SuspectTimes AS "SuspectTimes",
        m.StartTime    AS "StartTime",
        m.IAmAliveTime AS "IAmAliveTime",
        v.Version      AS "Version"
    FROM OrleansMembershipVersionTable v
    LEFT JOIN OrleansMembershipTable m
           ON m.DeploymentId = v.DeploymentId
          AND m.Address = @Address
          AND m.Port = @Port
          AND m.Generation = @Generation
    WHERE v.DeploymentId = @DeploymentId;
$sql$
),
-- Every silo of the cluster plus the table version (same shape as MembershipReadRowKey).
-- Params: @DeploymentId.
(
    'MembershipReadAllKey', $sql$
    SELECT
        v.DeploymentId AS "DeploymentId",
        m.Address      AS "Address",
        m.Port         AS "Port",
        m.Generation   AS "Generation",
        m.SiloName     AS "SiloName",
        m.HostName     AS "HostName",
        m.Status       AS "Status",
        m.ProxyPort    AS "ProxyPort",
        m.SuspectTimes AS "SuspectTimes",
        m.StartTime    AS "StartTime",
        m.IAmAliveTime AS "IAmAliveTime",
        v.Version      AS "Version"
    FROM OrleansMembershipVersionTable v
    LEFT JOIN OrleansMembershipTable m
           ON m.DeploymentId = v.DeploymentId
    WHERE v.DeploymentId = @DeploymentId;
$sql$
),
-- Gateways for clients: silos with the requested status (Active) that expose a proxy port.
-- Params: @DeploymentId, @Status.
(
    'GatewaysQueryKey', $sql$
    SELECT
        Address    AS "Address",
        ProxyPort  AS "ProxyPort",
        Generation AS "Generation"
    FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId
      AND Status = @Status
      AND ProxyPort > 0;
$sql$
),
-- Drops a whole cluster (silo rows first, then its version row). Params: @DeploymentId.
(
    'DeleteMembershipTableEntriesKey', $sql$
    DELETE FROM OrleansMembershipTable WHERE DeploymentId = @DeploymentId;
    DELETE FROM OrleansMembershipVersionTable WHERE DeploymentId = @DeploymentId;
$sql$
),
-- Bulk clean-up of long-dead silos, used by providers that do not know CleanupDefunctSiloEntryKey.
-- Conservative: only Dead rows that started and last reported before the cut-off and carry no
-- suspicion votes. Params: @DeploymentId, @IAmAliveTime (the cut-off).
(
    'CleanupDefunctSiloEntriesKey', $sql$
    DELETE FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId
      AND Status = 6
      AND IAmAliveTime < @IAmAliveTime
      AND StartTime < @IAmAliveTime
      AND COALESCE(SuspectTimes, '') = '';
$sql$
),
-- 10.4.x clean-up of one Dead silo row that the provider has just read and judged defunct.
-- The row goes only if it still holds exactly the values that were read (compare-and-delete);
-- the table version is deliberately left alone.
-- Params: @DeploymentId, @Address, @Port, @Generation, @StartTime, @IAmAliveTime, @SuspectTimes.
(
    'CleanupDefunctSiloEntryKey', $sql$
    DELETE FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId
      AND Status = 6
      AND Address = @Address
      AND Port = @Port
      AND Generation = @Generation
      AND StartTime = @StartTime
      AND IAmAliveTime = @IAmAliveTime
      AND COALESCE(SuspectTimes, '') = COALESCE(@SuspectTimes, '');
$sql$
)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;
