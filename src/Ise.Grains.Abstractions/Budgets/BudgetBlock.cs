namespace Ise.Budgets;

/// <summary>
/// Points handed to one gateway: <paramref name="Granted"/> (0 when the window has nothing left),
/// what the window still holds for other reservations after this one, and when the window ends (the
/// block is void from then on, and the budget full again).
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.budget-block")]
public sealed record BudgetBlock(
    [property: Id(0)] long Granted,
    [property: Id(1)] long Unreserved,
    [property: Id(2)] DateTimeOffset ResetAt);
