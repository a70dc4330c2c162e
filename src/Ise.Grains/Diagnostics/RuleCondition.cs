namespace Ise.Diagnostics;

/// <summary>A test on an axis or dimension score (by id): below a threshold, or at least one.</summary>
public sealed record RuleCondition(string Target, decimal? Below = null, decimal? AtLeast = null)
{
    public decimal Threshold => Below ?? AtLeast ?? 0m;

    public bool Holds(decimal percent) => Below is { } below ? percent < below : percent >= (AtLeast ?? 0m);
}
