namespace Ise.Smes.Rules;

/// <summary>Whether a firm counts as an eligible SME, and in plain words every condition it fails.</summary>
public sealed record EligibilityResult(bool IsEligible, IReadOnlyList<string> Reasons);
