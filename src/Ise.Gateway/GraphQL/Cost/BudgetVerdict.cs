namespace Ise.Gateway.GraphQL.Cost;

/// <summary>What became of a request's price against its caller's budget.</summary>
public enum BudgetVerdict
{
    /// <summary>Spent: the request runs.</summary>
    Spent,

    /// <summary>The window has fewer points left than the price: retry when it resets.</summary>
    OverBudget,

    /// <summary>The price is more than a whole window's budget: no retry helps, a smaller request does.</summary>
    BeyondWindow,

    /// <summary>The caller's budget grain could not be reached: nothing is known, so nothing runs.</summary>
    Unavailable,
}
