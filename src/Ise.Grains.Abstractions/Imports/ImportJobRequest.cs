namespace Ise.Imports;

/// <summary>
/// What an import job is asked to do: the kind, who started it (the caller's name, who alone may
/// read it besides the secretariat), the partner that caller acts for (null: the secretariat, any
/// partner), the event of an attendance list, the uploaded file's name, and how records the job makes name who
/// made them (<c>name [Role]</c>, as journey entries show it; the owner when not given).
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.import-job-request")]
public sealed record ImportJobRequest(
    [property: Id(0)] ImportKind Kind,
    [property: Id(1)] string Owner,
    [property: Id(2)] string? ActingPartnerId,
    [property: Id(3)] string? EventId,
    [property: Id(4)] string FileName,
    [property: Id(5)] string? RecordedBy = null);
