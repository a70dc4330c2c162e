using System.Text;
using Ise.Journal;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Orleans.Runtime;

namespace Ise.Cluster.Tests;

/// <summary>The journal writer of a cluster-mode silo against PostgreSQL: registered with the silo, group commit across streams.</summary>
public sealed class JournalWriterSiloTests(ClusterSiloFixture fixture) : IClassFixture<ClusterSiloFixture>
{
    private JournalWriter Writer => fixture.Silo.Services.GetRequiredService<JournalWriter>();

    [Fact]
    public async Task A_silo_writes_under_a_writer_named_after_its_incarnation()
    {
        var silo = fixture.Silo.Services.GetRequiredService<ILocalSiloDetails>();

        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT silo, owner, epoch, retired FROM ise_writer WHERE writer = $1", connection);
        command.Parameters.Add(new() { Value = silo.SiloAddress.ToParsableString() });
        await using var reader = await command.ExecuteReaderAsync();

        Assert.True(await reader.ReadAsync());
        // The owner is a silo incarnation's address: the dispatchers of other silos ask membership whether it is dead.
        var address = silo.SiloAddress.ToParsableString();
        Assert.Equal((address, address, 1L, false), (reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetBoolean(3)));
        Assert.Equal(silo.SiloAddress.ToParsableString(), Writer.Lease.Writer);
    }

    [Fact]
    public async Task Concurrent_appends_of_many_streams_commit_in_shared_transactions_one_row_each()
    {
        var before = Writer.Totals;
        var streams = Enumerable.Range(0, 256).Select(i => $"bucket/{Guid.NewGuid():N}").ToArray();
        var versions = new long[streams.Length];

        // 64 callers, each appending one check-in at a time to a stream of its own slice, as grains would.
        await Task.WhenAll(Enumerable.Range(0, 64).Select(caller => Task.Run(async () =>
        {
            for (var i = 0; i < 40; i++)
            {
                var s = (caller * 4) + (i % 4);
                var version = ++versions[s];
                var row = new JournalRow(streams[s], version, Guid.NewGuid(), "CheckedIn", $"sme/{caller}", Encoding.UTF8.GetBytes($"{{\"n\":{i}}}"), JournalFormats.SystemTextJson, DateTimeOffset.UtcNow);
                await Writer.AppendAsync(new JournalAppend(streams[s], [row]));
            }
        })));

        var after = Writer.Totals;
        Assert.Equal(64 * 40, after.Rows - before.Rows);
        Assert.True(after.Transactions - before.Transactions < 64 * 40 / 4, $"{after.Transactions - before.Transactions} transactions for {64 * 40} appends: the writer did not group them.");

        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM ise_journal WHERE stream = ANY($1)", connection);
        count.Parameters.Add(new() { Value = streams });
        Assert.Equal(64L * 40, (long)(await count.ExecuteScalarAsync())!);
    }
}
