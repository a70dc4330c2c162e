using Npgsql;

namespace Ise.Bench;

/// <summary>A fresh database on the bench's PostgreSQL server, so each measurement starts empty.</summary>
public static class BenchDatabase
{
    public static async Task<string> CreateAsync(string server)
    {
        var name = "ise_bench_" + Guid.NewGuid().ToString("N")[..8];
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(server) { Database = name, MaxPoolSize = 200 }.ConnectionString;
    }
}
