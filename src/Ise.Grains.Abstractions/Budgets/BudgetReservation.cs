namespace Ise.Budgets;

/// <summary>
/// A gateway asking a caller's budget for <paramref name="Points"/>. The gateway's configuration says how
/// large the budget is and how long a window lasts, so the grain needs no configuration of its own.
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.budget-reservation")]
public sealed record BudgetReservation(
    [property: Id(0)] long Points,
    [property: Id(1)] long PointsPerWindow,
    [property: Id(2)] TimeSpan Window);
