namespace Ise.Imports;

/// <summary>The report line of one row: its line in the file, outcome, what it names (SME id, attendee code) and why.</summary>
[GenerateSerializer, Immutable, Alias("ise.import-row-result")]
public sealed record ImportRowResult(
    [property: Id(0)] int Line,
    [property: Id(1)] ImportRowOutcome Outcome,
    [property: Id(2)] string? Subject,
    [property: Id(3)] string Message);
