namespace Ise.Diagnostics;

/// <summary>An assessor's draft of one SME's diagnostic; null when there is none.</summary>
[GenerateSerializer, Alias("ise.diagnostic-draft-state")]
public sealed class DiagnosticDraftState
{
    [Id(0)]
    public DiagnosticDraft? Draft { get; set; }
}
