-- 0001: the Orleans ADO.NET query catalog.
--
-- Every Orleans ADO.NET provider (clustering, persistence, reminders) reads its SQL at start-up
-- with "SELECT QueryKey, QueryText FROM OrleansQuery" and afterwards only ever runs those texts,
-- binding its values as named parameters (@DeploymentId, @ServiceId, ...). Later migrations
-- fill this table; re-running any of them simply overwrites the texts with the current version.
--
-- Safe to run more than once. Runs as a single Npgsql command (no psql meta-commands).

CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey  varchar(64) NOT NULL,
    QueryText text        NOT NULL,

    CONSTRAINT OrleansQuery_Key PRIMARY KEY (QueryKey)
);
