namespace Ise.Bench;

/// <summary>What the simulation measured at one fraction (1/<see cref="Divisor"/>) of the full network.</summary>
public sealed record ScaleStep(int Divisor, int Smes, int LiveEvents, int Partners, IReadOnlyDictionary<string, double> Figures)
{
    public string Scale => $"1/{Divisor}";

    /// <summary>The machine's load while this step ran.</summary>
    public LoadAverage? Load { get; init; }
}
