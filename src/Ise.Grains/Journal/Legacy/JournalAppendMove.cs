namespace Ise.Journal;

/// <summary>The move of a grain type's rows into the journal: each row, converted, appended through the silo's writer as the first event of its stream.</summary>
internal sealed class JournalAppendMove(ILegacyStateConverter converter, JournalWriter writer) : ILegacyStateMove
{
    public string StateName => converter.StateName;

    public string GrainType => converter.GrainType;

    public Task MoveAsync(IReadOnlyList<(string Key, byte[] State)> rows, DateTimeOffset now, CancellationToken cancellationToken) =>
        Task.WhenAll(rows.Select(r => writer.AppendAsync(converter.Convert(r.Key, r.State, now))));
}
