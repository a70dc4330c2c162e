namespace Ise.Journal;

/// <summary>A stream as read at activation: its latest snapshot (if any) and the events after it.</summary>
public sealed record JournalStream(string Stream, JournalSnapshot? Snapshot, IReadOnlyList<JournalRow> Tail)
{
    /// <summary>The version of the last stored event; 0 for a stream that has none.</summary>
    public long Version => Tail.Count > 0 ? Tail[^1].Version : Snapshot?.Version ?? 0;
}
