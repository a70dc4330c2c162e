namespace Ise.Imports;

/// <summary>The rows of one chunk of an import, until the job has applied them.</summary>
[GenerateSerializer, Alias("ise.import-chunk-state")]
public sealed class ImportChunkState
{
    [Id(0)]
    public List<ImportRow> Rows { get; set; } = [];
}
