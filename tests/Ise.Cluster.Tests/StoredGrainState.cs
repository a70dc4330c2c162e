using System.Text.Json;
using Npgsql;

namespace Ise.Cluster.Tests;

/// <summary>Reads grain state rows as PostgreSQL holds them (System.Text.Json documents).</summary>
public static class StoredGrainState
{
    /// <summary>Grain state rows whose outbox still lists effects not confirmed as delivered, by grain type.</summary>
    public static async Task<Dictionary<string, int>> CountRowsWithPendingEffectsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT graintypestring, payloadbinary FROM orleansstorage WHERE payloadbinary IS NOT NULL", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            using var document = JsonDocument.Parse((byte[])reader[1]);
            if (HasPendingEffects(document.RootElement))
            {
                var type = reader.GetString(0);
                counts[type] = counts.GetValueOrDefault(type) + 1;
            }
        }

        return counts;
    }

    private static bool HasPendingEffects(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().Any(p =>
            (p.NameEquals("Pending") && p.Value.ValueKind == JsonValueKind.Array && p.Value.GetArrayLength() > 0) || HasPendingEffects(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().Any(HasPendingEffects),
        _ => false,
    };
}
