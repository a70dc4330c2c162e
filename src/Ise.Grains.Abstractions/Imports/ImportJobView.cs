namespace Ise.Imports;

/// <summary>
/// An import job's progress and report. <see cref="Rows"/> lists accepted and unchanged rows and
/// <see cref="RejectedRows"/> the rejected ones, each up to a cap; <see cref="OmittedRows"/> and
/// <see cref="OmittedRejectedRows"/> say how many more there were.
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.import-job")]
public sealed record ImportJobView(
    [property: Id(0)] string Id,
    [property: Id(1)] ImportJobRequest Request,
    [property: Id(2)] ImportJobStatus Status,
    [property: Id(3)] int Total,
    [property: Id(4)] int Done,
    [property: Id(5)] int Accepted,
    [property: Id(6)] int Unchanged,
    [property: Id(7)] int Rejected,
    [property: Id(8)] IReadOnlyList<ImportRowResult> Rows,
    [property: Id(9)] IReadOnlyList<ImportRowResult> RejectedRows,
    [property: Id(10)] DateTimeOffset StartedAt,
    [property: Id(11)] DateTimeOffset? FinishedAt)
{
    public int OmittedRows => Accepted + Unchanged - Rows.Count;

    public int OmittedRejectedRows => Rejected - RejectedRows.Count;
}
