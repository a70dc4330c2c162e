using Ise.Diagnostics;

namespace Ise.Gateway.GraphQL.Types.Diagnostics;

/// <summary>The SME's latest scores against one of its peer groups.</summary>
public sealed record PeerComparison(PeerGroupKind Kind, string Group, PeerMedians Medians, DiagnosticAssessment Latest);
