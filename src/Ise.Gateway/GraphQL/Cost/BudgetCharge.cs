namespace Ise.Gateway.GraphQL.Cost;

/// <summary>
/// A price charged against a caller's budget: the verdict, the points the window has left for the caller
/// (after this charge when it was spent) and when the window resets (both unknown when unavailable).
/// </summary>
public sealed record BudgetCharge(BudgetVerdict Verdict, long Remaining, DateTimeOffset ResetAt)
{
    public bool IsSpent => Verdict == BudgetVerdict.Spent;

    /// <summary>Whole seconds until the reset, at least 1: the <c>Retry-After</c> of a refusal.</summary>
    public int RetryAfterSeconds(DateTimeOffset now) =>
        (int)Math.Clamp(Math.Ceiling((ResetAt - now).TotalSeconds), 1, int.MaxValue);
}
