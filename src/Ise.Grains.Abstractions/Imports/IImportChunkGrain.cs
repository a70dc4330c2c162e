namespace Ise.Imports;

/// <summary>A slice of an import's rows (key: <see cref="IseKeys.ImportChunk"/>), so no grain's state holds a whole file.</summary>
public interface IImportChunkGrain : IGrainWithStringKey
{
    Task StoreAsync(IReadOnlyList<ImportRow> rows);

    Task<IReadOnlyList<ImportRow>> GetAsync();

    /// <summary>Drops the rows once the job has applied them.</summary>
    Task ClearAsync();
}
