using Ise.Programme;

namespace Ise.Diagnostics;

/// <summary>
/// A completed 1-2-1 assessment: the questionnaire version it answers, the language the assessor
/// worked in (recommendations come in it), the partner who ran it, and one answer per question.
/// A retry with the same <see cref="IdempotencyKey"/> records nothing and returns the results.
/// An assessment made before it is recorded names the day it was made (<see cref="OccurredOn"/>, a
/// local date of the SME's region; today when null); <see cref="RecordedBy"/> says who recorded it.
/// A past assessment of which only the scores were kept gives <see cref="Scores"/>, one per dimension, and no answers.
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.submit-diagnostic")]
public sealed record SubmitDiagnostic(
    [property: Id(0)] int Version,
    [property: Id(1)] Language Language,
    [property: Id(2)] string PartnerId,
    [property: Id(3)] IReadOnlyList<DiagnosticAnswer> Answers,
    [property: Id(4)] string? IdempotencyKey = null,
    [property: Id(5)] DateOnly? OccurredOn = null,
    [property: Id(6)] string? RecordedBy = null,
    [property: Id(7)] IReadOnlyList<DimensionPercent>? Scores = null);
