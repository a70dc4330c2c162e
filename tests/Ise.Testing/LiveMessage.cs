using System.Text.Json;

namespace Ise.Testing;

/// <summary>A message a hub sent: <c>Snapshot</c> or <c>Changed</c>, and its JSON body.</summary>
public sealed record LiveMessage(string Kind, JsonElement Body)
{
    /// <summary>The figures' sequence (events and clusters alike).</summary>
    public long Sequence => Body.GetProperty("figures").GetProperty("sequence").GetInt64();

    public int Figure(string name) => Body.GetProperty("figures").GetProperty(name).GetInt32();
}
