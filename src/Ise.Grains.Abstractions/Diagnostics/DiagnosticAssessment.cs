using Ise.Programme;

namespace Ise.Diagnostics;

/// <summary>
/// A recorded assessment with the scores it was given by the questionnaire version it answered
/// (kept with it: a later version never rescores an old assessment). <see cref="AssessedAt"/> is when
/// it was made; <see cref="RecordedAt"/> and <see cref="RecordedBy"/> when and by whom it was recorded
/// (null for assessments stored before they existed: recorded when made). <see cref="Answers"/> is empty for a past
/// assessment loaded from its dimension scores alone.
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.diagnostic-assessment")]
public sealed record DiagnosticAssessment(
    [property: Id(0)] string Id,
    [property: Id(1)] int Version,
    [property: Id(2)] Language Language,
    [property: Id(3)] string PartnerId,
    [property: Id(4)] DateTimeOffset AssessedAt,
    [property: Id(5)] IReadOnlyList<DiagnosticAnswer> Answers,
    [property: Id(6)] IReadOnlyList<DimensionScore> Dimensions,
    [property: Id(7)] IReadOnlyList<AxisScore> Axes,
    [property: Id(8)] string? IdempotencyKey = null,
    [property: Id(9)] DateTimeOffset? RecordedAt = null,
    [property: Id(10)] string? RecordedBy = null);
