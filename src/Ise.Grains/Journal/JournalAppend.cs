namespace Ise.Journal;

/// <summary>
/// What one grain asks the journal to store at once: consecutive events of its stream, and
/// optionally a snapshot of its state as of one of them, stored in the same transaction; and the
/// effects those events cause (<see cref="IEffectSource"/>), delivered once they are committed.
/// </summary>
public sealed record JournalAppend
{
    public JournalAppend(string stream, IReadOnlyList<JournalRow> rows, JournalSnapshot? snapshot = null, IReadOnlyList<AddressedEffect>? effects = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(stream);
        if (rows.Count == 0)
        {
            throw new ArgumentException($"An append to '{stream}' holds no events.", nameof(rows));
        }

        for (var i = 0; i < rows.Count; i++)
        {
            if (!string.Equals(rows[i].Stream, stream, StringComparison.Ordinal))
            {
                throw new ArgumentException($"An append to '{stream}' holds an event of '{rows[i].Stream}'.", nameof(rows));
            }

            if (i > 0 && rows[i].Version != rows[i - 1].Version + 1)
            {
                throw new ArgumentException($"The events appended to '{stream}' are not consecutive (version {rows[i].Version} after {rows[i - 1].Version}).", nameof(rows));
            }
        }

        if (rows[0].Version < 1)
        {
            throw new ArgumentException($"Versions of '{stream}' start at 1, not {rows[0].Version}.", nameof(rows));
        }

        if (snapshot is not null && (!string.Equals(snapshot.Stream, stream, StringComparison.Ordinal) || snapshot.Version < rows[0].Version || snapshot.Version > rows[^1].Version))
        {
            throw new ArgumentException($"A snapshot appended to '{stream}' must be of that stream, as of one of the appended versions.", nameof(snapshot));
        }

        Stream = stream;
        Rows = rows;
        Snapshot = snapshot;
        Effects = effects ?? [];
    }

    public string Stream { get; }

    public IReadOnlyList<JournalRow> Rows { get; }

    public JournalSnapshot? Snapshot { get; }

    /// <summary>What the events cause elsewhere, in event order (not stored: derived again from the rows when needed).</summary>
    public IReadOnlyList<AddressedEffect> Effects { get; }

    /// <summary>The bytes this append stores: its payloads and its snapshot's.</summary>
    public long PayloadBytes => Rows.Sum(r => (long)r.Payload.Length) + (Snapshot?.Payload.Length ?? 0);
}
