namespace Ise.Diagnostics;

/// <summary>A band of axis scores, from <see cref="From"/> percent (inclusive) to the next band's start.</summary>
public sealed record ScoreBand(string Id, decimal From, LocalizedText Name);
