using Ise.Diagnostics;
using Ise.Smes;

namespace Ise.Gateway.GraphQL.Types.Diagnostics;

/// <summary>A recommendation with the SME it is for (its sector and country choose the events and cluster it links to).</summary>
public sealed record RecommendationOfSme(DiagnosticRecommendation Recommendation, SmeProfile Profile);
