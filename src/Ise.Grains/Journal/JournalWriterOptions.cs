namespace Ise.Journal;

/// <summary>How the silo's journal writer forms its batches (<c>Ise:Journal</c>).</summary>
public sealed class JournalWriterOptions
{
    /// <summary>The most rows one transaction takes; what is queued beyond waits for the next one.</summary>
    public int MaxRowsPerBatch { get; set; } = 4000;
}
