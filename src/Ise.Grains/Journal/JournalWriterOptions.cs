namespace Ise.Journal;

/// <summary>How the silo's journal writer forms its batches, and the connections it holds (<c>Ise:Journal</c>).</summary>
public sealed class JournalWriterOptions
{
    /// <summary>
    /// The most PostgreSQL connections the silo's journal holds at once (writer, dispatcher and stream reads of
    /// activating grains together); more callers wait for one. Kept small so grain storage and the journal fit
    /// within the server's <c>max_connections</c> together.
    /// </summary>
    public int MaxConnections { get; set; } = 16;

    /// <summary>The most rows one transaction takes; what is queued beyond waits for the next one.</summary>
    public int MaxRowsPerBatch { get; set; } = 4000;
}
