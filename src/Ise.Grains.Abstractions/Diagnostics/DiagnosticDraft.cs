using Ise.Programme;

namespace Ise.Diagnostics;

/// <summary>
/// An assessment in progress, kept for its assessor so they can resume it on another device: the
/// questionnaire version, the language they work in, the partner who runs it (null until chosen, for
/// the secretariat), the answers given so far and when it was last saved.
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.diagnostic-draft")]
public sealed record DiagnosticDraft(
    [property: Id(0)] int Version,
    [property: Id(1)] Language Language,
    [property: Id(2)] string? PartnerId,
    [property: Id(3)] IReadOnlyList<DiagnosticAnswer> Answers,
    [property: Id(4)] DateTimeOffset SavedAt);
