using Ise.Programme;

namespace Ise.Diagnostics;

/// <summary>
/// The diagnostic side of an SME (key: the SME's id). Served by the SME grain itself, in the same
/// activation as <see cref="Smes.ISmeGrain"/>: the SME is the only writer of its journey and results.
/// </summary>
public interface ISmeDiagnosticsGrain : IGrainWithStringKey
{
    /// <summary>
    /// Scores and records a completed assessment (a journey entry naming the partner who ran it) and
    /// updates the peer medians through the outbox. Refuses with every problem found, changing nothing.
    /// </summary>
    Task<SmeDiagnostics> SubmitDiagnosticAsync(SubmitDiagnostic command);

    /// <summary>The assessment recorded with <paramref name="idempotencyKey"/>, or null when none was (a re-run of an import compares it with its row).</summary>
    Task<DiagnosticAssessment?> FindAssessmentAsync(string idempotencyKey);

    /// <summary>The results, recommendations in <paramref name="language"/> (default: the assessor's); null before any assessment.</summary>
    Task<SmeDiagnostics?> GetDiagnosticsAsync(Language? language);
}
