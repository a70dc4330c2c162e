namespace Ise.Diagnostics;

/// <summary>
/// When every condition holds, recommend a kind of programme activity (its slug), with a text and
/// the guide sections that help.
/// </summary>
public sealed record RecommendationRule(string Id, string Activity, IReadOnlyList<RuleCondition> When, IReadOnlyList<string> Guide, LocalizedText Text);
