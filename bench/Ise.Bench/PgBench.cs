using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace Ise.Bench;

/// <summary>
/// The baseline of P2: pgbench running a single-row INSERT … ON CONFLICT DO UPDATE against the same
/// server, with the same number of clients.
/// </summary>
public static partial class PgBench
{
    public static async Task<double> UpsertTpsAsync(string pgbench, string connectionString, int clients, TimeSpan duration)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand(
                "CREATE TABLE IF NOT EXISTS bench_upsert (id integer PRIMARY KEY, hits integer NOT NULL, payload text NOT NULL)", connection);
            await create.ExecuteNonQueryAsync();
        }

        var script = Path.Combine(Path.GetTempPath(), $"ise-bench-{Guid.NewGuid():N}.sql");
        await File.WriteAllTextAsync(script, """
            \set id random(1, 1000000)
            INSERT INTO bench_upsert (id, hits, payload) VALUES (:id, 1, 'checked in') ON CONFLICT (id) DO UPDATE SET hits = bench_upsert.hits + 1;
            """);
        try
        {
            var info = new ProcessStartInfo(pgbench)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var arg in new[]
            {
                "-h", builder.Host!, "-p", builder.Port.ToString(CultureInfo.InvariantCulture), "-U", builder.Username ?? "postgres",
                "-n", "-f", script, "-c", clients.ToString(CultureInfo.InvariantCulture), "-j", Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture),
                "-T", ((int)duration.TotalSeconds).ToString(CultureInfo.InvariantCulture), builder.Database!,
            })
            {
                info.ArgumentList.Add(arg);
            }

            using var process = Process.Start(info)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            var errors = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            var match = TpsPattern().Match(output);
            return match.Success
                ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
                : throw new InvalidOperationException("pgbench gave no TPS:\n" + output + errors);
        }
        finally
        {
            File.Delete(script);
        }
    }

    [GeneratedRegex(@"tps = ([0-9.]+)")]
    private static partial Regex TpsPattern();
}
