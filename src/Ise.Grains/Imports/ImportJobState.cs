namespace Ise.Imports;

/// <summary>
/// An import job's request, progress and report. The rows themselves are in chunk grains; the report
/// keeps at most <see cref="ImportJobGrain.MaxListedRows"/> accepted or unchanged rows and
/// <see cref="ImportJobGrain.MaxListedRejectedRows"/> rejected ones, with counts of all.
/// </summary>
[GenerateSerializer, Alias("ise.import-job-state")]
public sealed class ImportJobState
{
    [Id(0)]
    public ImportJobRequest? Request { get; set; }

    [Id(1)]
    public ImportJobStatus Status { get; set; }

    [Id(2)]
    public int Total { get; set; }

    [Id(3)]
    public int ChunkCount { get; set; }

    /// <summary>The first chunk not yet applied.</summary>
    [Id(4)]
    public int NextChunk { get; set; }

    [Id(5)]
    public int Done { get; set; }

    [Id(6)]
    public int Accepted { get; set; }

    [Id(7)]
    public int Unchanged { get; set; }

    [Id(8)]
    public int Rejected { get; set; }

    [Id(9)]
    public List<ImportRowResult> Rows { get; set; } = [];

    [Id(10)]
    public List<ImportRowResult> RejectedRows { get; set; } = [];

    [Id(11)]
    public DateTimeOffset StartedAt { get; set; }

    [Id(12)]
    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>
    /// Chunks known cleared, from the first: a chunk is cleared once applied and recorded, and a failed
    /// clear is tried again until it succeeds (it may be behind what is cleared, never ahead).
    /// </summary>
    [Id(13)]
    public int ClearedChunks { get; set; }

    /// <summary>True while the job has rows to apply or applied chunks to clear.</summary>
    public bool HasWorkLeft => Request is not null && (Status == ImportJobStatus.Running || ClearedChunks < ChunkCount);
}
