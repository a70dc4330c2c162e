-- 0007: index lists as rows (issue 20). A list (one bucket of an index: SMEs by region, sector,
-- partner or stage; events by status and region) holds one row per member, never a whole list
-- rewritten per change.
--
-- member_version is the member's own count of its changes (the sequence its outbox gave the change):
-- a change is applied only when it is newer than the row (an upsert guarded by version), so a change
-- delivered again, or late, changes nothing. A member that leaves a list keeps its row as a tombstone
-- (deleted, with the version of the removal), so a late add with an older version cannot bring it back.
-- Pages read members in ordinal order (collation "C") after a given member, by the primary key.
-- Safe to run more than once. Runs as a single Npgsql command (no psql meta-commands).

CREATE TABLE IF NOT EXISTS ise_index_member
(
    list           text COLLATE "C" NOT NULL,
    member         text COLLATE "C" NOT NULL,
    member_version bigint  NOT NULL,
    deleted        boolean NOT NULL,
    CONSTRAINT ise_index_member_pkey PRIMARY KEY (list, member)
);
