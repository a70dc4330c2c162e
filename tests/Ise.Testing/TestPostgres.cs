using Npgsql;

namespace Ise.Testing;

/// <summary>
/// The throwaway PostgreSQL server that <c>./test.sh</c> starts and names in <c>ISE_TEST_POSTGRES</c>.
/// Each caller gets a database of its own, so tests never see each other's rows.
/// </summary>
public static class TestPostgres
{
    public const string EnvironmentVariable = "ISE_TEST_POSTGRES";

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{EnvironmentVariable} is not set: run the suite with ./test.sh, which starts PostgreSQL for it.");

    /// <summary>Creates an empty database and returns a connection string to it.</summary>
    public static Task<string> CreateDatabaseAsync(string purpose) => CreateDatabaseAsync(ServerConnectionString, purpose);

    /// <summary>Creates an empty database on the server of <paramref name="serverConnectionString"/> and returns a connection string to it.</summary>
    public static async Task<string> CreateDatabaseAsync(string serverConnectionString, string purpose)
    {
        var name = $"ise_{purpose}_{Guid.NewGuid():N}".ToLowerInvariant();
        name = name[..Math.Min(name.Length, 63)];
        await using (var connection = new NpgsqlConnection(serverConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ConnectionString;
    }
}
