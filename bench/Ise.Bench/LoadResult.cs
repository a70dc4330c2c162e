namespace Ise.Bench;

/// <summary>What a measured window of load achieved.</summary>
public sealed record LoadResult(long Operations, TimeSpan Elapsed, double P50Milliseconds, double P99Milliseconds)
{
    public double PerSecond => Operations / Elapsed.TotalSeconds;
}
