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

    /// <summary>
    /// Where <paramref name="text"/> is stored: the state names of grain state rows, and the kinds of journal streams (the part
    /// of the stream name before its first <c>/</c>, e.g. <c>sme</c>) whose events or snapshot contain it; each once.
    /// </summary>
    public static async Task<List<string>> RowsContainingAsync(string connectionString, string text)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT graintypestring FROM orleansstorage WHERE position(convert_to(@text, 'UTF8') in payloadbinary) > 0
            UNION SELECT split_part(stream, '/', 1) FROM ise_journal WHERE position(convert_to(@text, 'UTF8') in payload) > 0
            UNION SELECT split_part(stream, '/', 1) FROM ise_snapshot WHERE position(convert_to(@text, 'UTF8') in payload) > 0
            """, connection);
        command.Parameters.AddWithValue("text", text);
        await using var reader = await command.ExecuteReaderAsync();
        var types = new List<string>();
        while (await reader.ReadAsync())
        {
            types.Add(reader.GetString(0));
        }

        return types;
    }

    private static bool HasPendingEffects(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().Any(p =>
            (p.NameEquals("Pending") && p.Value.ValueKind == JsonValueKind.Array && p.Value.GetArrayLength() > 0) || HasPendingEffects(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().Any(HasPendingEffects),
        _ => false,
    };
}
