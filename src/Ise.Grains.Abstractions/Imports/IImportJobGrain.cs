namespace Ise.Imports;

/// <summary>
/// One CSV import (key: <see cref="IseKeys.ImportJob"/>). It keeps the rows in chunk grains, applies
/// them a chunk per turn of a grain timer through the SME and event grains' own validated methods
/// (awaited calls down), and keeps the progress and a bounded report.
/// </summary>
public interface IImportJobGrain : IGrainWithStringKey
{
    /// <summary>Stores the rows and starts applying them; returns at once. Starting a job twice returns the first one.</summary>
    Task<ImportJobView> StartAsync(ImportJobRequest request, IReadOnlyList<ImportRow> rows);

    /// <summary>The job, or null when no job has this id.</summary>
    Task<ImportJobView?> FindAsync();
}
