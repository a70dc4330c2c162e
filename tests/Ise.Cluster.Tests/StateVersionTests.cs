using System.Globalization;
using Ise.Clusters;
using Ise.Effects;
using Ise.Events;
using Ise.Indexes;
using Ise.Indicators;
using Ise.Programme;
using Ise.Smes;
using Ise.Testing;
using Npgsql;

namespace Ise.Cluster.Tests;

/// <summary>
/// Grain state rows written by an earlier shape of the state classes must still read. The files in
/// <c>StateVersions/{date}/</c> are rows as PostgreSQL held them when that shape was current; each
/// test run puts them back in place of freshly written rows and reads them through the grains.
/// Rows of grains that have since moved to the journal (SMEs, events, attendance buckets, SME indicator ledgers, cluster members, clusters, counter buckets) or to
/// rows of their own (index buckets) are put back as they were stored before, in place of the journal's stream:
/// the next silo to start moves them in. A folder holds the rows whose shape it was captured for; a row it lacks
/// stays as the scenario wrote it (the 2026-12-07 folder holds the last whole-state shapes of the SME, its
/// indicator ledger, the event, the cluster, its members' bucket, a counter bucket and index buckets, captured in runs whose attendee codes differ from this run's: the SME's
/// entries made by bucket rows are read again from this run's rows, and the credits the SME and ledger knew
/// are replaced by this run's).
/// </summary>
/// <remarks>
/// State classes may gain fields (read as their defaults) but never rename or retype one. Before a
/// change that would, capture the current shape: run this test with <c>ISE_CAPTURE_STATE_FIXTURES</c>
/// set to a new <c>StateVersions/{date}</c> folder of this project, and add a case for it.
/// </remarks>
public sealed class StateVersionTests
{
    private const string SmeKvk = "52301847";
    private const string SmeName = "Versioned Mechatronics BV";
    private static readonly string s_smeId = IseKeys.Sme(Country.NL, SmeKvk);
    private static readonly string s_eventId = EventIds.FromIdempotencyKey("state-versions", "fixture");

    /// <summary>The grain state rows the scenario writes, named by the file that holds each.</summary>
    private static readonly string s_bucketKey = IseKeys.AttendanceBucket(s_eventId, 0);

    private static readonly string s_membersKey = IseKeys.ClusterMembers(ProgrammeCatalog.Describe(Sector.Mechatronics).Slug, s_smeId);

    /// <summary>The SME's counter bucket of the whole programme (never frozen).</summary>
    private static readonly string s_programmeCountersKey = IseKeys.IndicatorBucketOf(ReportingPeriod.ProgrammeKey, s_smeId);

    /// <summary>The grain types whose rows have moved out of whole-state storage, with the name each key's state now has (its journal stream, or its index list).</summary>
    private static readonly Dictionary<string, Func<string, string>> s_moved = new(StringComparer.Ordinal)
    {
        ["sme"] = SmeGrain.Stream,
        ["attendance"] = AttendanceBucketGrain.Stream,
        ["sme-indicator-ledger"] = SmeIndicatorLedgerGrain.Stream,
        ["event"] = EventGrain.Stream,
        ["cluster-members"] = ClusterMembersGrain.Stream,
        ["cluster"] = ClusterGrain.Stream,
        ["indicator-bucket"] = IndicatorBucketGrain.Stream,
        ["index"] = list => list,
    };

    private static readonly (string File, string GrainType, string Key)[] s_rows =
    [
        ("sme.json", "sme", s_smeId),
        ("event.json", "event", s_eventId),
        ("event-statistics.json", "event-statistics", s_eventId),
        ("attendance.json", "attendance", s_bucketKey),
        ("cluster.json", "cluster", ProgrammeCatalog.Describe(Sector.Mechatronics).Slug),
        ("cluster-members.json", "cluster-members", s_membersKey),
        ("indicator-bucket.json", "indicator-bucket", s_programmeCountersKey),
        ("sme-indicator-ledger.json", "sme-indicator-ledger", s_smeId),
        ("index-region.json", "index", SmeIndexBucket(IndexName.SmesByRegion, "south-west-netherlands")),
        ("index-stage-cluster-member.json", "index", SmeIndexBucket(IndexName.SmesByStage, "cluster-member")),
        ("index-stage-aware.json", "index", SmeIndexBucket(IndexName.SmesByStage, "aware")),
    ];

    private static string SmeIndexBucket(IndexName index, string value) =>
        IseKeys.IndexBucket(index, value, StableHash.Bucket(s_smeId, IseKeys.IndexBucketCount));

    [Theory]
    [InlineData("2026-11-28", "2026-11-28T14:08:56.3048287+00:00")]
    [InlineData("2026-12-07", null)]
    public async Task Rows_written_by_an_earlier_state_shape_read_back_through_the_grains(string version, string? registeredAt)
    {
        var database = await TestPostgres.CreateDatabaseAsync("versions");
        await using (var silo = await InProcessSilo.StartAsync(database))
        {
            await WriteScenarioAsync(silo.Grains);
        }

        var capture = Environment.GetEnvironmentVariable("ISE_CAPTURE_STATE_FIXTURES");
        if (!string.IsNullOrEmpty(capture))
        {
            await CaptureAsync(database, capture);
        }

        var folder = Path.Combine(AppContext.BaseDirectory, "StateVersions", version);
        await RestoreAsync(database, folder);

        await using var reader = await InProcessSilo.StartAsync(database);
        var grains = reader.Grains;
        var sme = await grains.GetGrain<ISmeGrain>(s_smeId).GetAsync();
        Assert.Equal(SmeName, sme.Profile.Name);
        if (registeredAt is not null)
        {
            Assert.Equal(DateTimeOffset.Parse(registeredAt, CultureInfo.InvariantCulture), sme.Profile.RegisteredAt);
        }

        Assert.Equal(SmeStage.ClusterMember, sme.Stage.Stage);
        var journey = await grains.GetGrain<ISmeGrain>(s_smeId).GetJourneyAsync();
        // Each entry once; their order is by when they happened (the scenario's event is dated before a registration made today).
        Assert.Equal(
            new[] { JourneyEntryKind.Enrolled, JourneyEntryKind.RegisteredForEvent, JourneyEntryKind.Attended, JourneyEntryKind.ClusterJoined }.Order(),
            journey.Select(e => e.Kind).Order());
        var @event = await grains.GetGrain<IEventGrain>(s_eventId).GetAsync();
        Assert.Equal("Mechatronics on the Scheldt", @event.Definition.Title);
        Assert.Equal(EventStatus.Live, @event.Status);
        var statistics = await grains.GetGrain<IEventStatisticsGrain>(s_eventId).GetAsync();
        Assert.Equal(1, statistics.CheckedIn);
        var checkedIn = Assert.Single(await grains.GetGrain<IEventGrain>(s_eventId).ListRegistrationsAsync(AttendanceStatus.CheckedIn));
        Assert.Equal(s_smeId, checkedIn.Attendee.SmeId);
        var clusterGrain = grains.GetGrain<IClusterGrain>(ProgrammeCatalog.Describe(Sector.Mechatronics).Slug);
        var cluster = await clusterGrain.GetAsync();
        Assert.Equal(1, cluster.Members);
        Assert.Equal(("ise.cluster.carried-over", 0L, 1L), await MigrationOfAsync(database, "cluster", ProgrammeCatalog.Describe(Sector.Mechatronics).Slug));
        var joinedItem = Assert.Single((await clusterGrain.GetFeedAsync(null, 100)).Items, i => i.Kind == ClusterFeedItemKind.MemberJoined);
        Assert.Equal(s_smeId, joinedItem.SmeId);

        // The rows of grains now journaled were moved into their streams and archived, and the grains go on from there.
        if (File.Exists(Path.Combine(folder, "attendance.json")))
        {
            Assert.Equal(("ise.bucket.migrated", 0L, 1L), await MigrationOfAsync(database, "attendance", s_bucketKey));
        }

        Assert.Equal(("ise.sme.carried-over", 0L, 1L), await MigrationOfAsync(database, "sme", s_smeId));
        if (File.Exists(Path.Combine(folder, "sme-indicator-ledger.json")))
        {
            Assert.Equal(("ise.indicator-ledger.carried-over", 0L, 1L), await MigrationOfAsync(database, "sme-indicator-ledger", s_smeId));
        }

        if (File.Exists(Path.Combine(folder, "index-stage-aware.json")))
        {
            await AssertIndexBucketsMovedAsync(database, grains);
        }

        Assert.Equal(("ise.event.carried-over", 0L, 1L), await MigrationOfAsync(database, "event", s_eventId));
        if (File.Exists(Path.Combine(folder, "cluster-members.json")))
        {
            Assert.Equal(("ise.cluster-members.carried-over", 0L, 1L), await MigrationOfAsync(database, "cluster-members", s_membersKey));
            Assert.Contains(s_smeId, (await grains.GetGrain<IClusterMembersGrain>(s_membersKey).GetPageAsync(null, 10)).Members.Select(m => m.SmeId));
        }

        // Only a folder with the counter bucket holds figures that agree with its SME's ledger (the 2026-11-28 folder has neither:
        // its SME's moved credits reach a bucket the scenario counted without a ledger).
        var counters = grains.GetGrain<IIndicatorBucketGrain>(s_programmeCountersKey);
        var countersMoved = File.Exists(Path.Combine(folder, "indicator-bucket.json"));
        if (countersMoved)
        {
            Assert.Equal(("ise.indicator-bucket.carried-over", 0L, 1L), await MigrationOfAsync(database, "indicator-bucket", s_programmeCountersKey));
            Assert.Equal(1, (await counters.GetAsync()).Counts["attendances|total"]);
        }
        await Eventually.TrueAsync(async () => await IsListedAsync(grains, IndexName.EventsByHostPartner, "innovatiehuis", s_eventId),
            TimeSpan.FromSeconds(30), "the moved event joins the list by host partner, which the old build did not keep");

        await grains.GetGrain<IAttendanceBucketGrain>(s_bucketKey).UndoCheckInAsync(checkedIn.Code);
        await Eventually.TrueAsync(async () => (await grains.GetGrain<IEventStatisticsGrain>(s_eventId).GetAsync()).CheckedIn == 0,
            TimeSpan.FromSeconds(30), "the undo made after the move reaches the statistics");
        var undone = Assert.Single(await grains.GetGrain<ISmeGrain>(s_smeId).GetJourneyAsync(), e => e.Kind == JourneyEntryKind.AttendanceUndone);
        Assert.Equal(journey.Single(e => e.Kind == JourneyEntryKind.Attended).Id, undone.Reference);

        // The moved SME keeps its credits from then on: the undo withdraws the attendance's (an SME that had lost its credits could only add).
        var attended = journey.Single(e => e.Kind == JourneyEntryKind.Attended).Id;
        await Eventually.TrueAsync(async () => (await SmeCreditChangesAfterMoveAsync(database)).Contains(($"attendances#{attended}", -1)),
            TimeSpan.FromSeconds(30), "the undo withdraws the attendance's credit");
        if (countersMoved)
        {
            await Eventually.TrueAsync(async () => !(await counters.GetAsync()).Counts.ContainsKey("attendances|total"),
                TimeSpan.FromSeconds(30), "the withdrawn credit reaches the moved counter bucket");
        }

        // The moved event's changes are versioned after its outbox's sequences: closing it moves it from the live list to the closed one.
        await grains.GetGrain<IEventGrain>(s_eventId).CloseAsync();
        await Eventually.TrueAsync(async () => await IsListedAsync(grains, IndexName.EventsByStatus, "closed", s_eventId)
            && !await IsListedAsync(grains, IndexName.EventsByStatus, "live", s_eventId), TimeSpan.FromSeconds(30), "the closed event leaves the live list");
    }

    private static async Task<bool> IsListedAsync(IGrainFactory grains, IndexName index, string value, string member) =>
        (await grains.GetGrain<IIndexGrain>(IseKeys.IndexBucket(index, value, StableHash.Bucket(member, IseKeys.IndexBucketCount))).GetPageAsync(null, 1000))
            .Members.Contains(member);

    /// <summary>
    /// The index buckets stored whole became rows of their lists and were archived: the SME is in the lists it
    /// was in, and the stage it left is a tombstone that a late join of an older sequence cannot undo.
    /// </summary>
    private static async Task AssertIndexBucketsMovedAsync(string database, IGrainFactory grains)
    {
        var region = grains.GetGrain<IIndexGrain>(SmeIndexBucket(IndexName.SmesByRegion, "south-west-netherlands"));
        var member = grains.GetGrain<IIndexGrain>(SmeIndexBucket(IndexName.SmesByStage, "cluster-member"));
        var aware = grains.GetGrain<IIndexGrain>(SmeIndexBucket(IndexName.SmesByStage, "aware"));
        Assert.Contains(s_smeId, (await region.GetPageAsync(null, 1000)).Members);
        Assert.Contains(s_smeId, (await member.GetPageAsync(null, 1000)).Members);
        await aware.ApplyEffectsAsync(new EffectBatch(s_smeId, [new EffectEnvelope(5, new IndexMembershipEffect(s_smeId, Present: true))]));
        Assert.DoesNotContain(s_smeId, (await aware.GetPageAsync(null, 1000)).Members);

        await using var connection = await OpenAsync(database);
        await using var command = new NpgsqlCommand("""
            SELECT (SELECT count(*) FROM orleansstorage WHERE graintypestring = 'index'),
                   (SELECT count(*) FROM ise_storage_archive WHERE graintypestring = 'index' AND grainidextensionstring = ANY($1))
            """, connection);
        command.Parameters.Add(new() { Value = s_rows.Where(r => r.GrainType == "index").Select(r => r.Key).ToArray() });
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal((0L, 3L), (reader.GetInt64(0), reader.GetInt64(1)));
    }

    /// <summary>The credit changes the moved SME recorded after its first event.</summary>
    private static async Task<List<(string Key, int Delta)>> SmeCreditChangesAfterMoveAsync(string database)
    {
        await using var connection = await OpenAsync(database);
        await using var command = new NpgsqlCommand("""
            SELECT change -> 'Credit' ->> 'Key', (change ->> 'Delta')::int
            FROM ise_journal, jsonb_array_elements(convert_from(payload, 'UTF8')::jsonb -> 'Consequences' -> 'Credits') AS change
            WHERE stream = $1 AND version > 1
            """, connection);
        command.Parameters.Add(new() { Value = SmeGrain.Stream(s_smeId) });
        await using var reader = await command.ExecuteReaderAsync();
        var changes = new List<(string, int)>();
        while (await reader.ReadAsync())
        {
            changes.Add((reader.GetString(0), reader.GetInt32(1)));
        }

        return changes;
    }

    /// <summary>The kind of the first event of a moved grain's stream, and how many rows of it remain in and were archived from whole-state storage.</summary>
    private static async Task<(string Kind, long Stored, long Archived)> MigrationOfAsync(string database, string stateName, string key)
    {
        await using var connection = await OpenAsync(database);
        await using var command = new NpgsqlCommand("""
            SELECT (SELECT kind FROM ise_journal WHERE stream = $1 AND version = 1),
                   (SELECT count(*) FROM orleansstorage WHERE graintypestring = $3 AND grainidextensionstring = $2),
                   (SELECT count(*) FROM ise_storage_archive WHERE graintypestring = $3 AND grainidextensionstring = $2)
            """, connection);
        command.Parameters.Add(new() { Value = s_moved[stateName](key) });
        command.Parameters.Add(new() { Value = key });
        command.Parameters.Add(new() { Value = stateName });
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return (reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2));
    }

    /// <summary>An SME that registered, attended a live event and joined its cluster; every effect delivered.</summary>
    private static async Task WriteScenarioAsync(IGrainFactory grains)
    {
        var sme = grains.GetGrain<ISmeGrain>(s_smeId);
        await sme.RegisterAsync(new RegisterSme(Country.NL, SmeKvk, SmeName, Region.SouthWestNetherlands, Sector.Mechatronics, 18,
            new Money(2_400_000m, Currency.EUR), new Money(900_000m, Currency.EUR), "innovatiehuis", []));
        // Today in Vlissingen: the scenario runs its event live, and a past event is never started.
        var day = ProgrammeTime.ToLocal(DateTimeOffset.UtcNow, Region.SouthWestNetherlands).Date.AddHours(9);
        var @event = grains.GetGrain<IEventGrain>(s_eventId);
        await @event.CreateAsync(new CreateEvent("Mechatronics on the Scheldt", ActivityKind.SectorWorkshop, "innovatiehuis", Region.SouthWestNetherlands,
            [Sector.Mechatronics], day, day.AddHours(4), "Vlissingen", 40, 0));
        await @event.PublishAsync();
        var registered = await @event.RegisterAsync(new Attendee(s_smeId, Country.NL, Region.SouthWestNetherlands, Sector.Mechatronics, null), null);
        await @event.StartAsync();
        await CheckInPlan.Bucket(grains, registered.Registration.Code).CheckInAsync(registered.Registration.Code);
        await Eventually.TrueAsync(async () => (await sme.GetJourneyAsync()).Any(e => e.Kind == JourneyEntryKind.Attended),
            TimeSpan.FromSeconds(30), "the check-in reaches the journey");
        await sme.JoinClusterAsync(Sector.Mechatronics);
        await Eventually.TrueAsync(async () => (await grains.GetGrain<IClusterGrain>(ProgrammeCatalog.Describe(Sector.Mechatronics).Slug).GetAsync()).Members == 1,
            TimeSpan.FromSeconds(30), "the membership reaches the cluster");
    }

    private static async Task CaptureAsync(string database, string folder)
    {
        Directory.CreateDirectory(folder);
        await using var connection = await OpenAsync(database);

        // A journaled grain's stored shape no longer changes: its last whole-state fixture stays the one to read.
        foreach (var (file, grainType, key) in s_rows.Where(r => !s_moved.ContainsKey(r.GrainType)))
        {
            await using var command = new NpgsqlCommand(
                "SELECT payloadbinary FROM orleansstorage WHERE graintypestring = @type AND grainidextensionstring = @key", connection);
            command.Parameters.AddWithValue("type", grainType);
            command.Parameters.AddWithValue("key", key);
            var payload = (byte[]?)await command.ExecuteScalarAsync() ?? throw new InvalidOperationException($"no {grainType} row for {key}: {await ListRowsAsync(connection)}");
            await File.WriteAllBytesAsync(Path.Combine(folder, file), payload);
        }
    }

    private static async Task RestoreAsync(string database, string folder)
    {
        await using var connection = await OpenAsync(database);
        foreach (var (file, grainType, key) in s_rows.Where(r => s_moved.ContainsKey(r.GrainType) && File.Exists(Path.Combine(folder, r.File))))
        {
            // As before the journal: no stream or list rows yet (nor lists by host partner, which came after), the whole state in a row of its own.
            await using var command = new NpgsqlCommand("""
                DELETE FROM ise_journal WHERE stream = @stream;
                DELETE FROM ise_snapshot WHERE stream = @stream;
                DELETE FROM ise_index_member WHERE list = @stream;
                DELETE FROM ise_index_member WHERE member = @key AND list LIKE 'EventsByHostPartner/%';
                INSERT INTO orleansstorage (grainidhash, grainidn0, grainidn1, graintypehash, graintypestring, grainidextensionstring, serviceid, payloadbinary, version)
                SELECT 0, 0, 0, 0, @type, @key, serviceid, @payload, 1 FROM orleansstorage LIMIT 1;
                """, connection);
            command.Parameters.AddWithValue("stream", s_moved[grainType](key));
            command.Parameters.AddWithValue("payload", await File.ReadAllBytesAsync(Path.Combine(folder, file)));
            command.Parameters.AddWithValue("type", grainType);
            command.Parameters.AddWithValue("key", key);
            await command.ExecuteNonQueryAsync();
        }

        foreach (var (file, grainType, key) in s_rows.Where(r => !s_moved.ContainsKey(r.GrainType) && File.Exists(Path.Combine(folder, r.File))))
        {
            await using var command = new NpgsqlCommand(
                "UPDATE orleansstorage SET payloadbinary = @payload WHERE graintypestring = @type AND grainidextensionstring = @key", connection);
            command.Parameters.AddWithValue("payload", await File.ReadAllBytesAsync(Path.Combine(folder, file)));
            command.Parameters.AddWithValue("type", grainType);
            command.Parameters.AddWithValue("key", key);
            Assert.True(await command.ExecuteNonQueryAsync() == 1, string.Create(CultureInfo.InvariantCulture, $"the scenario wrote no {grainType} row for {key}"));
        }
    }

    private static async Task<string> ListRowsAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand("SELECT graintypestring || ' ' || coalesce(grainidextensionstring, '-') FROM orleansstorage", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return string.Join("; ", rows);
    }

    private static async Task<NpgsqlConnection> OpenAsync(string database)
    {
        var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        return connection;
    }
}
