namespace Ise.Gateway.GraphQL.Cost;

/// <summary>
/// The points this gateway holds of one caller's budget: what is left of the blocks it reserved in the
/// current window, what the budget grain still had for others at the last reservation, and when the
/// window ends. <see cref="Gate"/> lets one request of the caller at a time spend or reserve.
/// </summary>
internal sealed class HeldPoints
{
    public SemaphoreSlim Gate { get; } = new(1, 1);

    public long Points { get; set; }

    public long Unreserved { get; set; }

    public DateTimeOffset ResetAt { get; set; } = DateTimeOffset.MinValue;

    /// <summary>What the caller has left in the window as far as this gateway knows.</summary>
    public long Remaining => Points + Unreserved;
}
