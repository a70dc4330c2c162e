namespace Ise.Diagnostics;

/// <summary>
/// One assessor's draft of one SME's diagnostic (key: <see cref="IseKeys.DiagnosticDraft"/>). It holds
/// answers only, never results: an assessment is recorded by <see cref="ISmeDiagnosticsGrain"/> when it
/// is submitted, and the draft is discarded then. Its size is bounded by the questionnaire's.
/// </summary>
public interface IDiagnosticDraftGrain : IGrainWithStringKey
{
    /// <summary>Replaces the draft; refuses answers the questionnaire does not allow with every problem found, changing nothing.</summary>
    Task<DiagnosticDraft> SaveAsync(SaveDiagnosticDraft command);

    /// <summary>The saved draft, or null when there is none.</summary>
    Task<DiagnosticDraft?> GetAsync();

    /// <summary>Removes the draft; false when there was none (discarding twice is harmless).</summary>
    Task<bool> DiscardAsync();
}
