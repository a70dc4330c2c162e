namespace Ise.Diagnostics;

/// <summary>
/// An SME's diagnostic assessments, oldest first, each with the scores of the version it answered.
/// Its own state (not part of the SME's company data): bounded by how often one firm is assessed.
/// </summary>
[GenerateSerializer, Alias("ise.sme-diagnostics-state")]
public sealed class SmeDiagnosticsState
{
    [Id(0)]
    public List<DiagnosticAssessment> Assessments { get; set; } = [];
}
